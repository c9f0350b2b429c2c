using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Reports up to the furthest successful BIO, as if completions were in file order.</summary>
public sealed class HighestCompleted : IPolicy
{
    public string Name => "highest-completed";

    public string Rule => "h = end of the highest ok BIO - off; h > 0 → h; else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P1, "counts bytes past a failed BIO"), (P3, "reports more than the prefix"), (P4, "the size exposes failed bytes"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var highest = a.Sub(s.HighestOkEnd, g.Offset);
        return Rules.Report(a, g, Rules.PositiveOr(a, highest, Rules.ContiguousPrefix(a, g, s)));
    }
}
