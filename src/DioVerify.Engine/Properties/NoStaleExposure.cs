using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P4 no-stale-exposure: the new size makes no written-but-not-durable byte readable.</summary>
public sealed class NoStaleExposure : IRunProperty
{
    public PropertyId Id => PropertyId.P4;

    public string Name => "no-stale-exposure";

    public string Formal => "every byte x in [max(isize, off), newSize) is durable";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        // Durable bytes are exactly the ok BIOs inside [off, cut), so the readable new range must end
        // by the cut and miss every failed BIO. Below isize is old data; [isize, off) reads as zeros.
        var g = f.Geometry;
        var low = a.Max(g.FileSize, g.Offset);
        var size = f.Outcome.NewSize;
        var durable = a.Le(size, g.Cut);
        for (var k = 0; k < f.Layout.Count; k++)
        {
            var missesRange = a.Or(a.Le(f.Layout.Ends[k], low), a.Le(size, f.Layout.Starts[k]));
            durable = a.And(durable, a.Implies(f.Failed[k], missesRange));
        }

        return a.Or(a.Le(size, low), durable);
    }
}
