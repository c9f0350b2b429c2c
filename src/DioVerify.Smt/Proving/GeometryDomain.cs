namespace DioVerify.Smt.Proving;

/// <summary>
/// The device geometries (sector, block, maximum BIO size) an obligation ranges over, as a value: what a proof
/// covers is exactly this list, and every claim of a proof names it.
/// </summary>
public sealed record GeometryDomain(IReadOnlyList<DeviceGeometry> Geometries)
{
    /// <summary>The family of <see cref="DeviceGeometry.Family"/>: each relation SPEC distinguishes between S, B and M.</summary>
    public static GeometryDomain Family { get; } = new(DeviceGeometry.Family);

    /// <summary>The domain in words, e.g. <c>(S, B, M) in {(512, 4096, 4096), …}</c>.</summary>
    public string Describe() =>
        $"(sector, block, max BIO bytes) in {{{string.Join(", ", Geometries.Select(g => $"({g.SectorSize}, {g.BlockSize}, {g.MaxBioBytes})"))}}}";
}
