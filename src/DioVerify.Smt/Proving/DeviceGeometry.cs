namespace DioVerify.Smt.Proving;

/// <summary>
/// A device geometry the prover quantifies over: sector, block and maximum BIO size are fixed per
/// geometry, while offset, length, file size and free space stay symbolic. Fixing these three keeps
/// every obligation in linear integer arithmetic (QF_LIA), which both z3 and cvc5 decide quickly.
/// </summary>
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
}
