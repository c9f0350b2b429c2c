namespace DioVerify.Audit.Traces;

/// <summary>Options of a trace audit: reading limits and how much of the per-write text report to print.</summary>
public sealed record AuditOptions
{
    public static AuditOptions Default { get; } = new();

    public TraceLimits Limits { get; init; } = TraceLimits.Default;

    /// <summary>Which writes get a line in the text report. The JSON report always lists every write.</summary>
    public WriteLineFilter WriteLines { get; init; } = WriteLineFilter.All;

    /// <summary>At most this many per-write lines in the text report (null: no cap); the rest are counted, not printed.</summary>
    public long? MaxWriteLines { get; init; }
}
