namespace DioVerify.Engine.Model;

/// <summary>
/// The inputs of one write in an algebra's integers: concrete numbers for the reference engine,
/// solver variables for the SMT encoding.
/// </summary>
/// <param name="FreeBlocks">Blocks the allocator can still hand out; "unlimited" is any value at
/// least the number of blocks the request needs (<see cref="long.MaxValue"/> concretely).</param>
public sealed record RequestTerms<TInt>(
    TInt Offset,
    TInt Length,
    TInt FileSize,
    TInt BlockSize,
    TInt SectorSize,
    TInt MaxBioBytes,
    TInt FreeBlocks);
