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
    /// (sector below/equal block, BIO below/equal/above/unaligned to a block, large sectors).
    /// </summary>
    public static IReadOnlyList<DeviceGeometry> Family { get; } =
    [
        new("bio-equals-block", 512, 4096, 4096),
        new("bio-smaller-than-block", 512, 4096, 1024),
        new("bio-unaligned-to-block", 512, 4096, 6144),
        new("bio-spans-blocks", 512, 4096, 16384),
        new("sector-equals-block", 4096, 4096, 8192),
        new("large-sectors-and-blocks", 4096, 65536, 16384),
    ];
}
