using System.Buffers.Binary;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The stamp every 512-byte sector the audit writes carries: magic, run id, file offset and write
/// generation. Reading a sector back — through the file, or straight off the device image — says
/// whose data it is, so durable, old, stale and misplaced bytes can be told apart exactly.
/// </summary>
public readonly record struct SectorStamp(Guid Run, long FileOffset, long Generation)
{
    public const int SectorSize = 512;

    private static ReadOnlySpan<byte> Magic => "DIOVDATA"u8;

    /// <summary>Writes the stamp into one sector; the tail is a pattern of the offset so no two sectors are alike.</summary>
    public void WriteTo(Span<byte> sector)
    {
        Magic.CopyTo(sector);
        Run.TryWriteBytes(sector[8..]);
        BinaryPrimitives.WriteInt64LittleEndian(sector[24..], FileOffset);
        BinaryPrimitives.WriteInt64LittleEndian(sector[32..], Generation);
        sector[40..SectorSize].Fill((byte)(FileOffset / SectorSize * 31 + Generation));
    }

    /// <summary>The stamp in <paramref name="sector"/>, when it carries one whose tail is intact.</summary>
    public static SectorStamp? Read(ReadOnlySpan<byte> sector)
    {
        if (sector.Length < SectorSize || !sector.StartsWith(Magic)) return null;
        var stamp = new SectorStamp(
            new Guid(sector.Slice(8, 16)),
            BinaryPrimitives.ReadInt64LittleEndian(sector[24..]),
            BinaryPrimitives.ReadInt64LittleEndian(sector[32..]));
        var tail = (byte)(stamp.FileOffset / SectorSize * 31 + stamp.Generation);
        return sector[40..SectorSize].IndexOfAnyExcept(tail) < 0 ? stamp : null;
    }

    /// <summary>Stamps every sector of <paramref name="buffer"/>, which holds the file bytes from <paramref name="fileOffset"/>.</summary>
    public static void Fill(Span<byte> buffer, Guid run, long fileOffset, long generation)
    {
        for (var at = 0; at + SectorSize <= buffer.Length; at += SectorSize)
        {
            new SectorStamp(run, fileOffset + at, generation).WriteTo(buffer.Slice(at, SectorSize));
        }
    }

    /// <summary>How far into bytes that start at device offset <paramref name="offset"/> the first whole device sector begins.</summary>
    public static int FirstSectorBoundary(long offset) => (int)((SectorSize - (offset % SectorSize)) % SectorSize);

    /// <summary>
    /// The file offsets stamped by <paramref name="run"/>'s <paramref name="generation"/> in bytes found at device
    /// offset <paramref name="offset"/>, read at the device's sector boundaries, in device order.
    /// </summary>
    public static List<long> FileOffsetsIn(long offset, ReadOnlySpan<byte> bytes, Guid run, long generation)
    {
        var found = new List<long>();
        for (var at = FirstSectorBoundary(offset); at + SectorSize <= bytes.Length; at += SectorSize)
        {
            if (Read(bytes.Slice(at, SectorSize)) is { } stamp && stamp.Run == run && stamp.Generation == generation) found.Add(stamp.FileOffset);
        }

        return found;
    }

    /// <summary>What a sector read back at <paramref name="fileOffset"/> holds, for a write of <paramref name="generation"/> over <paramref name="oldGeneration"/>.</summary>
    public static SectorContent Classify(ReadOnlySpan<byte> sector, Guid run, long fileOffset, long generation, long oldGeneration)
    {
        if (Read(sector) is { } stamp)
        {
            if (stamp.Run != run || stamp.FileOffset != fileOffset) return SectorContent.Foreign;
            return stamp.Generation == generation ? SectorContent.New : stamp.Generation == oldGeneration ? SectorContent.Old : SectorContent.Foreign;
        }

        if (DirtyDisk.IsGarbage(sector)) return SectorContent.Stale;
        return sector.IndexOfAnyExcept((byte)0) < 0 ? SectorContent.Zero : SectorContent.Foreign;
    }
}
