namespace DioVerify.Audit.Kernel;

/// <summary>Bytes <c>[Offset, Offset + Length)</c> of the audited file, as a scenario's file setup names them.</summary>
public readonly record struct FileRange(long Offset, long Length)
{
    public long End => Offset + Length;
}
