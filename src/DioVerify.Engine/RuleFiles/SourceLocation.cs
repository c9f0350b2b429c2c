namespace DioVerify.Engine.RuleFiles;

/// <summary>Where a policy's rule is written: a file (relative to the repository root for built-ins) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line);
