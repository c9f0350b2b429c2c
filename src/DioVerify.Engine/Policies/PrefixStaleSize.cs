using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Returns the right count but sets the size from the cut: readable bytes that were never made durable.</summary>
public sealed class PrefixStaleSize : IPolicy
{
    public string Name => "prefix-stale-size";

    public string Rule => "as contiguous-prefix, but on success the size becomes max(isize, cut) and blocks below cut are kept";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P4, "the size covers failed or unsubmitted bytes"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var returned = Rules.ContiguousPrefix(a, g, s);
        var success = a.Lt(a.Int(0), returned);
        return new Decision<TInt>(
            returned,
            a.Ite(success, a.Max(g.FileSize, g.Cut), g.FileSize),
            a.Ite(success, g.Cut, a.Int(0)));
    }
}
