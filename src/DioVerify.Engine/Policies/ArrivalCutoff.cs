using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Stops counting at the first failure to arrive — confusing arrival order with file order.</summary>
public sealed class ArrivalCutoff : IPolicy
{
    public string Name => "arrival-cutoff";

    public string Rule => "a = ok bytes that arrived before the first failed arrival; a > 0 → a; else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P1, "counts ok BIOs past a failure that arrived later"), (P3, "reports other than the prefix"), (P4, "the size exposes failed bytes"), (P6, "depends on the arrival order"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        return Rules.Report(a, g, Rules.PositiveOr(a, s.OkBytesBeforeFailure, Rules.ContiguousPrefix(a, g, s)));
    }
}
