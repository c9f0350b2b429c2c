namespace DioVerify.Engine.Write;

/// <summary>
/// The observable result of one run: what was returned, the new size and the kept blocks, which
/// are <c>[FirstNewBlock, KeptEnd)</c> — empty when <c>KeptEnd &lt;= FirstNewBlock</c>.
/// P6 compares exactly these three.
/// </summary>
public readonly record struct Outcome<TInt>(TInt Returned, TInt NewSize, TInt KeptEnd);
