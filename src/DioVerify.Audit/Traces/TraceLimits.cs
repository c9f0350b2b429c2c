namespace DioVerify.Audit.Traces;

/// <summary>Bounds that keep reading a trace in constant memory whatever the file holds.</summary>
public sealed record TraceLimits
{
    public static TraceLimits Default { get; } = new();

    /// <summary>
    /// Longest line a JSONL source accepts, in bytes. A Trace v1 line is under 100 bytes; the bound only stops a
    /// file without line breaks (or a binary file) from being buffered whole.
    /// </summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>
    /// Most BIOs one write may submit. The assembler holds the current write's BIOs (and only those, about
    /// 100 bytes each); a Linux write moves at most 2 GiB, which in 4 KiB BIOs is 524 288.
    /// </summary>
    public int MaxBiosPerWrite { get; init; } = 1 << 20;
}
