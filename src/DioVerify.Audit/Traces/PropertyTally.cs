namespace DioVerify.Audit.Traces;

/// <summary>How many writes a property held for, was violated by, and could not be decided for.</summary>
public readonly record struct PropertyTally(long Holds, long Violated, long Undecided);
