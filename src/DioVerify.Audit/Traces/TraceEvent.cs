namespace DioVerify.Audit.Traces;

/// <summary>
/// One parsed line of a trace. The parser has already checked the line's schema (the fields its
/// event needs, their types and ranges); the protocol across lines is the reader's business.
/// Columns are 1-based byte columns of each field's value, kept so protocol errors can point at it.
/// </summary>
internal struct TraceEvent
{
    public TraceEventKind Kind;
    public long Offset;
    public long Length;
    public long FileSize;
    public long Bio;
    public BioState Status;
    public long Bytes;
    public string? Error;
    public long Value;

    public TraceField Present;
    public int EventColumn;
    public int OffsetColumn;
    public int LengthColumn;
    public int BioColumn;
}
