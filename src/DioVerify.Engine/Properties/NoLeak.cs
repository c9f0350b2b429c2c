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
        // Kept blocks are [FirstNewBlock, KeptEnd), block-aligned: the first one at or past the size
        // starts at max(FirstNewBlock, roundUp(newSize, B)); none may be kept from there on.
        var g = f.Geometry;
        var firstPastSize = a.Max(g.FirstNewBlock, a.RoundUp(f.Outcome.NewSize, g.BlockSize));
        return a.Le(f.Outcome.KeptEnd, firstPastSize);
    }
}
