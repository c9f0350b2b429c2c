namespace DioVerify.Engine.Write;

/// <summary>
/// A policy's verdict at <c>finish</c>: the value returned to the caller (a byte count, or
/// <c>-errno</c> as the kernel returns it) and the cleanup it orders.
/// </summary>
/// <param name="Returned">The reported result: <c>&gt;= 0</c> a count, <c>&lt; 0</c> minus an errno.</param>
/// <param name="NewSize">The file size after the write.</param>
/// <param name="KeepBelow">Newly allocated blocks that start below this offset are kept, the others freed.</param>
public readonly record struct Decision<TInt>(TInt Returned, TInt NewSize, TInt KeepBelow);
