namespace DioVerify.Smt.Proving;

/// <summary>
/// The device geometries (sector, block, maximum BIO size) an obligation ranges over, as a value: what a proof
/// covers is exactly this list, and every claim of a proof names it.
/// </summary>
/// <param name="Summary">The domain in words when its geometries are not all numerals (the wide domain); null lists them.</param>
public sealed record GeometryDomain(IReadOnlyList<DeviceGeometry> Geometries, string? Summary = null)
{
    /// <summary>What <see cref="Wide"/> and <see cref="WidePerSector"/> cover, in the words every verdict on them carries.</summary>
    public const string WideText = "S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S";

    /// <summary>The family of <see cref="DeviceGeometry.Family"/>: each relation SPEC distinguishes between S, B and M.</summary>
    public static GeometryDomain Family { get; } = new(DeviceGeometry.Family);

    /// <summary>
    /// Every device real disks use: sector and block sizes powers of two from 512 B to 64 KiB with S ≤ B (36 pairs),
    /// and any BIO size that is a positive multiple of S. One case per block size (<see cref="DeviceGeometry.WideByBlock"/>),
    /// so block rounding divides by a numeral; the sector size is a symbolic choice among the numerals, and the BIO size
    /// a free multiple of it. A policy that divides by S or M is not linear there and is split further
    /// (<see cref="WidePerSector"/>), or, if still not linear, proved over <see cref="Family"/> and says so.
    /// </summary>
    public static GeometryDomain Wide { get; } = new(DeviceGeometry.WideByBlock, WideText);

    /// <summary>The same domain as <see cref="Wide"/>, one case per (S, B) pair: for policies that read the sector size.</summary>
    public static GeometryDomain WidePerSector { get; } = new(DeviceGeometry.WidePerSector, WideText);

    /// <summary>The domain in words, e.g. <c>(S, B, M) in {(512, 4096, 4096), …}</c>.</summary>
    public string Describe() => Summary ??
        $"(sector, block, max BIO bytes) in {{{string.Join(", ", Geometries.Select(g => $"({g.SectorSize}, {g.BlockSize}, {g.MaxBioBytes})"))}}}";
}
