namespace DioVerify.Generators;

/// <summary>The statistics of one FsCheck run that a counterexample report prints: cases, shrinks, seed and crash.</summary>
public sealed record FsCheckResultInfo(int Tests, int Shrinks, string? Seed, Exception? Crash);
