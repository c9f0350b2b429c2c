namespace DioVerify.Audit.Kernel;

/// <summary>
/// The audited file before the write: its old data (written with O_DIRECT and fsynced, stamped as the old
/// generation), ranges preallocated with <c>fallocate</c> (unwritten extents), holes punched into it, its size
/// (set last with <c>truncate</c>; by default the end of its data and preallocation) and whether it is NOCOW
/// (<c>chattr +C</c>, which btrfs only honours on an empty file, so it is set first).
/// </summary>
public sealed record FileSetup(
    IReadOnlyList<FileRange> Data,
    IReadOnlyList<FileRange> Preallocated,
    IReadOnlyList<FileRange> Holes,
    long? Size,
    bool Nocow)
{
    /// <summary>An empty file.</summary>
    public static FileSetup Empty { get; } = new([], [], [], null, false);

    /// <summary>A file holding <paramref name="bytes"/> of old data from offset 0.</summary>
    public static FileSetup Existing(long bytes) => bytes == 0 ? Empty : new([new FileRange(0, bytes)], [], [], null, false);

    /// <summary>The size the file has before the audited write.</summary>
    public long SizeBefore => Size ?? Data.Concat(Preallocated).Select(r => r.End).DefaultIfEmpty(0).Max();
}
