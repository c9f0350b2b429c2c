namespace DioVerify.Audit.Traces;

/// <summary>Which writes the text report gives a line of their own (the summary is always printed).</summary>
public enum WriteLineFilter
{
    All,

    /// <summary>Only writes that violate some property.</summary>
    Violations,

    /// <summary>No per-write lines: the summary alone.</summary>
    None,
}
