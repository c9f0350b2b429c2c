using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Test-only: contiguous-prefix that also computes the fraction <c>P / (off + len − cut)</c> of the cut-off part,
/// discarding it unless the request was cut. Both branches are evaluated, so on an uncut request it divides by 0:
/// undefined in both interpretations, never a value Z3 may choose.
/// </summary>
public sealed class DividesByUncutSpan : IPolicy
{
    public string Name => "test-divides-by-uncut-span";

    public string Rule => "CUT? → P / (off + len − cut) computed and discarded; as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var p = Rules.ContiguousPrefix(a, g, s);
        var fraction = a.Div(p, a.Sub(g.End, g.Cut));
        return Rules.Report(a, g, a.Ite(a.Lt(fraction, a.Int(0)), p, p));
    }
}
