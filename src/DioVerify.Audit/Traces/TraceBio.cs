namespace DioVerify.Audit.Traces;

/// <summary>One submitted BIO of the write being read: its byte range, its state and where the trace spoke of it.</summary>
/// <param name="OffsetColumn">1-based byte column of the submit's <c>offset</c> value, so a gap found later can point at it.</param>
/// <param name="CompleteLine">Line of its <c>complete</c> event, or 0 while in flight.</param>
public readonly record struct TraceBio(
    long Id,
    long Offset,
    long Length,
    BioState State,
    long SubmitLine,
    int OffsetColumn,
    long CompleteLine)
{
    /// <summary>First byte past the BIO (cannot overflow: the event source checked <c>offset + length</c> fits in <c>long</c>).</summary>
    public long End => Offset + Length;
}
