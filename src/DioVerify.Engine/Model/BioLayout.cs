using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Model;

/// <summary>
/// The BIOs of a request: <c>[off, cut)</c> split at <c>off + k*M</c>, contiguous and ascending, the
/// last possibly shorter.
/// </summary>
public sealed class BioLayout<TBool, TInt>
{
    private BioLayout(Geometry<TBool, TInt> geometry, TInt[] starts, TInt[] ends)
    {
        Geometry = geometry;
        Starts = starts;
        Ends = ends;
    }

    public Geometry<TBool, TInt> Geometry { get; }

    public int Count => Starts.Count;

    /// <summary>Start offset of BIO k (bytes, absolute in the file).</summary>
    public IReadOnlyList<TInt> Starts { get; }

    /// <summary>End offset (exclusive) of BIO k.</summary>
    public IReadOnlyList<TInt> Ends { get; }

    /// <summary>
    /// Splits into exactly <paramref name="count"/> BIOs. The concrete caller computes the count with
    /// <see cref="BioCount"/>; the symbolic caller fixes it and asserts <see cref="HasCount"/>.
    /// </summary>
    public static BioLayout<TBool, TInt> Split(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, int count)
    {
        var starts = new TInt[count];
        var ends = new TInt[count];
        var m = g.Request.MaxBioBytes;
        for (var k = 0; k < count; k++)
        {
            starts[k] = a.Add(g.Offset, a.Mul(a.Int(k), m));
            // start + min(M, cut - start) rather than min(start + M, cut): the last BIO may end near 2^63.
            ends[k] = a.Add(starts[k], a.Min(m, a.Sub(g.Cut, starts[k])));
        }

        return new BioLayout<TBool, TInt>(g, starts, ends);
    }

    /// <summary>The condition under which <c>[off, cut)</c> splits into exactly <paramref name="count"/> BIOs.</summary>
    public static TBool HasCount(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, int count)
    {
        if (count == 0)
        {
            return a.Eq(g.Cut, g.Offset);
        }

        var m = g.Request.MaxBioBytes;
        var lastStart = a.Add(g.Offset, a.Mul(a.Int(count - 1), m));
        return a.And(a.Lt(lastStart, g.Cut), a.Le(g.Cut, a.Add(lastStart, m)));
    }

    /// <summary>Number of BIOs of a concrete geometry: <c>ceil((cut - off) / M)</c>, without overflow.</summary>
    public static long BioCount(long offset, long cut, long maxBioBytes)
    {
        var span = cut - offset;
        return (span / maxBioBytes) + (span % maxBioBytes == 0 ? 0 : 1);
    }
}
