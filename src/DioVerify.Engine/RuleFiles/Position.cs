namespace DioVerify.Engine.RuleFiles;

/// <summary>A 1-based line and column in a rule file, where a token or an expression starts.</summary>
public readonly record struct Position(int Line, int Column);
