using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Test-only: a policy that bypasses the algebra and asks which interpretation runs it, reporting one byte less
/// to the reference engine than to the prover. The one way left for the interpretations to disagree.
/// </summary>
public sealed class SniffsTheInterpretation : IPolicy
{
    public string Name => "test-sniffs-the-interpretation";

    public string Rule => "as contiguous-prefix, but the reference engine is told one byte less";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var p = Rules.ContiguousPrefix(a, g, s);
        return Rules.Report(a, g, a is ConcreteAlgebra ? a.Sub(p, a.Int(1)) : p);
    }
}
