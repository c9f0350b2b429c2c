using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Returns the right count and size but never frees the blocks it allocated.</summary>
public sealed class PrefixKeepBlocks : IPolicy
{
    public string Name => "prefix-keep-blocks";

    public string Rule => "as contiguous-prefix, but newly allocated blocks are never freed";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P5, "blocks past the new size leak"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var decision = Rules.Report(a, g, Rules.ContiguousPrefix(a, g, s));
        return decision with { KeepBelow = g.AllocEnd };
    }
}
