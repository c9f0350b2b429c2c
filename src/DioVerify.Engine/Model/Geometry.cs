using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Model;

/// <summary>
/// What SPEC v1 derives from a request before any BIO exists: which blocks must be allocated,
/// how far allocation got, and so where the request is cut.
/// </summary>
public sealed record Geometry<TBool, TInt>(
    RequestTerms<TInt> Request,
    TInt End,
    TInt FirstNewBlock,
    TInt AllocEnd,
    TInt Cut,
    TBool IsCut)
{
    public TInt Offset => Request.Offset;

    public TInt Length => Request.Length;

    public TInt FileSize => Request.FileSize;

    public TInt BlockSize => Request.BlockSize;

    /// <summary>Derives the geometry of a (valid) request.</summary>
    public static Geometry<TBool, TInt> Of(IAlgebra<TBool, TInt> a, RequestTerms<TInt> r)
    {
        var end = a.Add(r.Offset, r.Length);

        // v1 files have no holes below EOF: blocks covering [0, roundUp(isize, B)) exist. Clamping isize
        // to the end first keeps the rounding in range (past the end nothing is needed either way).
        var existingEnd = a.RoundUp(a.Min(r.FileSize, end), r.BlockSize);

        // The partly covered block holding `off` is needed too; blocks between old EOF and it stay a hole.
        var firstNew = a.Max(existingEnd, a.RoundDown(r.Offset, r.BlockSize));
        var neededEnd = a.Max(firstNew, a.RoundUp(end, r.BlockSize));
        var needed = a.Div(a.Sub(neededEnd, firstNew), r.BlockSize);
        var allocated = a.Min(needed, r.FreeBlocks);
        var allocEnd = a.Add(firstNew, a.Mul(allocated, r.BlockSize));

        // Allocation is in ascending order, so the first block that cannot be had cuts the request
        // at its start (never before `off`): nothing at or past the cut is submitted.
        var isCut = a.Lt(allocated, needed);
        var cut = a.Ite(isCut, a.Max(r.Offset, allocEnd), end);
        return new Geometry<TBool, TInt>(r, end, firstNew, allocEnd, cut, isCut);
    }
}
