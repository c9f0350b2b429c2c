using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P5 no-leak: no allocated block is left behind past the end of the file.</summary>
public sealed class NoLeak : IRunProperty
{
    public PropertyId Id => PropertyId.P5;

    public string Name => "no-leak";

    public string Formal => "every kept block starts below newSize";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        // Kept blocks are [FirstNewBlock, KeptEnd), block-aligned, so all start below the size exactly
        // when the last one (at KeptEnd - B) does. No rounding of the size: it may lie near 2^63.
        var g = f.Geometry;
        var noneKept = a.Le(f.Outcome.KeptEnd, g.FirstNewBlock);
        return a.Or(noneKept, a.Lt(a.Sub(f.Outcome.KeptEnd, g.BlockSize), f.Outcome.NewSize));
    }
}
