using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Counts every successful byte, wherever it lies: a hole below a later success is claimed.</summary>
public sealed class SumCompleted : IPolicy
{
    public string Name => "sum-completed";

    public string Rule => "s = bytes of ok BIOs; s > 0 → s; else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P1, "counts bytes past a failed BIO"), (P3, "reports more than the prefix"), (P4, "the size exposes failed bytes"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        return Rules.Report(a, g, Rules.PositiveOr(a, s.OkBytes, Rules.ContiguousPrefix(a, g, s)));
    }
}
