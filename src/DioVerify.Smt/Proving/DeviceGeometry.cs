namespace DioVerify.Smt.Proving;

/// <summary>
/// A device geometry the prover quantifies over: sector, block and maximum BIO size are fixed per
/// geometry, while offset, length, file size and free space stay symbolic. Fixing these three keeps
/// every obligation in linear integer arithmetic (QF_LIA), which both z3 and cvc5 decide quickly.
/// A geometry of the wide domain fixes only the block size: the sector size is symbolic among
/// <see cref="SectorSizes"/> and the BIO size is any positive multiple of it (<see cref="AnyBioSize"/>),
/// which stays linear because every divisor and factor is still a numeral (see <see cref="GeometryDomain.Wide"/>).
/// </summary>
/// <param name="MaxBioBytes">The BIO size, or 0 when <see cref="AnyBioSize"/> makes it symbolic.</param>
public sealed record DeviceGeometry(string Name, long SectorSize, long BlockSize, long MaxBioBytes)
{
    /// <summary>
    /// The family every obligation ranges over: each relation SPEC distinguishes between S, B and M
    /// (sector below/equal block, BIO below/equal/above/unaligned to a block, large sectors), and each
    /// sector size a device reports (512, 1024, 2048, 4096). A policy that is wrong only on a geometry
    /// outside this list is not refuted by the prover: the list is the prover's domain.
    /// </summary>
    /// <remarks>
    /// The last four were added (issue 13, item 6) as one geometry per relation rather than a product of
    /// sizes: every geometry is a case per BIO count in every obligation, so the family's length multiplies
    /// the proof half of <c>check</c>.
    /// </remarks>
    public static IReadOnlyList<DeviceGeometry> Family { get; } =
    [
        new("bio-equals-block", 512, 4096, 4096),
        new("bio-smaller-than-block", 512, 4096, 1024),
        new("bio-unaligned-to-block", 512, 4096, 6144),
        new("bio-spans-blocks", 512, 4096, 16384),
        new("sector-equals-block", 4096, 4096, 8192),
        new("large-sectors-and-blocks", 4096, 65536, 16384),
        new("small-blocks", 512, 1024, 4096),
        new("large-blocks-bio-not-dividing", 512, 16384, 12288),
        new("sectors-1k-bio-not-dividing", 1024, 4096, 3072),
        new("sectors-2k-bio-unaligned-above-block", 2048, 8192, 20480),
    ];

    /// <summary>The powers of two real devices use for sectors and blocks, 512 B to 64 KiB.</summary>
    public static IReadOnlyList<long> PowersOfTwo { get; } = [.. Enumerable.Range(9, 8).Select(k => 1L << k)];

    /// <summary>
    /// One geometry per block size B, its sector size symbolic among the powers of two up to B and its BIO size any
    /// positive multiple of the sector: 7 cases for the 36 (S, B) pairs, for policies that never divide by S.
    /// </summary>
    public static IReadOnlyList<DeviceGeometry> WideByBlock { get; } =
        [.. PowersOfTwo.Select(b => new DeviceGeometry($"block-{b}", PowersOfTwo[0], b, 0) { SectorSizes = [.. PowersOfTwo.Where(s => s <= b)], AnyBioSize = true })];

    /// <summary>One geometry per (S, B) pair, S ≤ B, the BIO size any positive multiple of S: for policies that read S.</summary>
    public static IReadOnlyList<DeviceGeometry> WidePerSector { get; } =
        [.. PowersOfTwo.SelectMany(b => PowersOfTwo.Where(s => s <= b).Select(s => new DeviceGeometry($"sector-{s}-block-{b}", s, b, 0) { AnyBioSize = true }))];

    /// <summary>When set, the sector size is symbolic, any one of these (each dividing <see cref="BlockSize"/>); <see cref="SectorSize"/> is their least.</summary>
    public IReadOnlyList<long>? SectorSizes { get; init; }

    /// <summary>When true, the BIO size is symbolic: any positive multiple of the sector size up to 2^63 − 1.</summary>
    public bool AnyBioSize { get; init; }

    /// <summary>The geometry in words, e.g. <c>S=512, B=4096, M=4096</c> or <c>S in {512, 1024}, B=1024, M any positive multiple of S</c>.</summary>
    public string Text =>
        $"S{(SectorSizes is { } sizes ? $" in {{{string.Join(", ", sizes)}}}" : $"={SectorSize}")}, B={BlockSize}, M{(AnyBioSize ? " any positive multiple of S" : $"={MaxBioBytes}")}";
}
