using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Morton's rule: report the contiguous durable prefix, the only safe partial count.</summary>
public sealed class ContiguousPrefix : IPolicy
{
    public string Name => "contiguous-prefix";

    public string Rule => "P > 0 → P; else BIO 0 failed → EIO; else ENOSPC";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        return Rules.Report(a, g, Rules.ContiguousPrefix(a, g, s));
    }
}
