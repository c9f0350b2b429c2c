using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Test-only: contiguous-prefix behind a sanity check on the midpoint <c>(off + cut) / 2</c>, the binary-search
/// overflow. Over the integers the check always passes, so every property holds there; over <c>long</c> the sum
/// overflows once <c>off + cut</c> passes 2^63 − 1, which only requests near the top of the range reach.
/// </summary>
public sealed class MidpointOverflowNearTop : IPolicy
{
    public string Name => "test-midpoint-overflow-near-top";

    public string Rule => "(off + cut) / 2 <= cut → as contiguous-prefix; else EINVAL";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var midpoint = a.Div(a.Add(g.Offset, g.Cut), a.Int(2));
        var returned = a.Ite(a.Le(midpoint, g.Cut), Rules.ContiguousPrefix(a, g, s), a.Int(-Errno.EINVAL));
        return Rules.Report(a, g, returned);
    }
}
