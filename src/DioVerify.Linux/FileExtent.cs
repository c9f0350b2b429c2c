namespace DioVerify.Linux;

/// <summary>One extent of a file's map: file bytes <c>[Logical, Logical + Length)</c> live at device bytes <c>[Physical, Physical + Length)</c>.</summary>
public readonly record struct FileExtent(long Logical, long Physical, long Length, uint Flags)
{
    /// <summary>FIEMAP_EXTENT_UNKNOWN: the data has no known location yet (delayed allocation).</summary>
    public const uint UnknownLocation = 0x2;

    /// <summary>FIEMAP_EXTENT_ENCODED | FIEMAP_EXTENT_DATA_ENCRYPTED | FIEMAP_EXTENT_NOT_ALIGNED | FIEMAP_EXTENT_DATA_INLINE | FIEMAP_EXTENT_DATA_TAIL: no plain device location.</summary>
    public const uint NotPlain = 0x8 | 0x80 | 0x100 | 0x200 | 0x400;

    /// <summary>The extent's device bytes hold its file bytes one to one, so a device address maps back to a file offset.</summary>
    public bool IsPlain => (Flags & (UnknownLocation | NotPlain)) == 0;
}
