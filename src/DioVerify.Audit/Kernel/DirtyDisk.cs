namespace DioVerify.Audit.Kernel;

/// <summary>
/// What the audit's device holds where nothing was ever written: recognisable garbage, not zeros. Real disks
/// are never clean, and only a dirty disk lets a read-back tell "the filesystem zeroed this block" from
/// "the filesystem handed out a block with someone else's old bytes in it" (stale exposure, P4).
/// </summary>
public static class DirtyDisk
{
    private static ReadOnlySpan<byte> Magic => "DIOVJUNK"u8;

    private const byte Filler = 0xA5;

    /// <summary>Fills <paramref name="destination"/>, which starts at image offset <paramref name="offset"/>, with garbage sectors.</summary>
    public static void Fill(long offset, Span<byte> destination)
    {
        destination.Fill(Filler);
        for (var at = SectorStamp.FirstSectorBoundary(offset); at + Magic.Length <= destination.Length; at += SectorStamp.SectorSize) Magic.CopyTo(destination[at..]);
    }

    public static bool IsGarbage(ReadOnlySpan<byte> sector) =>
        sector.StartsWith(Magic) && sector[Magic.Length..].IndexOfAnyExcept(Filler) < 0;
}
