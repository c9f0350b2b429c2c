namespace DioVerify.Audit.Traces;

/// <summary>
/// One event of a trace, with where it stands in its source, as an <see cref="ITraceEventSource"/>
/// yields it. The source has already checked the event's own shape (the fields its kind needs, their
/// types and ranges); the protocol across events is <see cref="WriteAssembler"/>'s business.
/// </summary>
/// <remarks>
/// Mutable fields rather than an immutable record: a multi-GB trace yields hundreds of millions of
/// events, and the source fills one in place per event without copying. <see cref="Line"/> and the
/// columns (1-based; 0 when the source has no column for the field) are kept so protocol errors found
/// later can point at the byte that caused them.
/// </remarks>
public struct TraceEvent
{
    public TraceEventKind Kind;

    /// <summary>1-based line of the event (a record number for a source without lines).</summary>
    public long Line;

    /// <summary>Byte offset: the write's (<c>write</c>) or the BIO's (<c>submit</c>).</summary>
    public long Offset;

    /// <summary>Byte length: the write's (<c>write</c>) or the BIO's (<c>submit</c>).</summary>
    public long Length;

    /// <summary>The file size before the write (<c>write</c>).</summary>
    public long FileSize;

    /// <summary>The BIO's id (<c>submit</c>, <c>complete</c>).</summary>
    public long Bio;

    /// <summary>The BIO's outcome (<c>complete</c>): <see cref="BioState.Ok"/> or <see cref="BioState.Eio"/>.</summary>
    public BioState Status;

    /// <summary>The returned count (<c>return</c> without an error).</summary>
    public long Bytes;

    /// <summary>The returned errno's name (<c>return</c>), or null when the return carries a count.</summary>
    public string? Error;

    /// <summary>The file size after the write (<c>size</c>).</summary>
    public long Value;

    /// <summary>The written file's path, when the trace names it (<c>write</c>, optional).</summary>
    public string? File;

    /// <summary>How the write was issued: "sync", "io_uring" or "libaio" (<c>write</c>, optional; null is sync).</summary>
    public string? Path;

    /// <summary>The recording lost events, so this write's events may be missing some (<c>write</c>, optional).</summary>
    public bool Incomplete;

    public int EventColumn;
    public int OffsetColumn;
    public int LengthColumn;
    public int BioColumn;
}
