using DioVerify.Linux;

namespace DioVerify.Audit.Recording;

/// <summary>A written file as the recording found it afterwards: a path, and its extent map (FIEMAP) to map device sectors back to file offsets.</summary>
public sealed class RecordedFile(string path, IReadOnlyList<FileExtent> extents)
{
    // By device address, for a binary search per BIO.
    private readonly FileExtent[] _byPhysical = [.. extents.OrderBy(e => e.Physical)];

    public string Path { get; } = path;

    public IReadOnlyList<FileExtent> Extents { get; } = extents;

    /// <summary>
    /// The file bytes that device bytes <c>[byteOffset, byteOffset + length)</c> hold, when they lie in plain
    /// extents that are contiguous both on the device and in the file; null otherwise.
    /// </summary>
    public (long Offset, long Length)? Map(long byteOffset, long length)
    {
        long? start = null;
        var at = byteOffset;
        var end = byteOffset + length;
        long expected = 0;
        while (at < end)
        {
            var extent = Find(at);
            if (extent is not { } e || !e.IsPlain) return null;
            var logical = e.Logical + (at - e.Physical);
            if (start is null) start = logical;
            else if (logical != expected) return null;
            var take = Math.Min(end, e.Physical + e.Length) - at;
            expected = logical + take;
            at += take;
        }
        return start is { } s ? (s, length) : null;
    }

    private FileExtent? Find(long deviceByte)
    {
        int lo = 0, hi = _byPhysical.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var e = _byPhysical[mid];
            if (deviceByte < e.Physical) hi = mid - 1;
            else if (deviceByte >= e.Physical + e.Length) lo = mid + 1;
            else return e;
        }
        return null;
    }
}
