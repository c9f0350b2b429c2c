using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Correct: with no failure, the end of the highest ok BIO is the cut, so highest-completed is right there.</summary>
public sealed class PrefixFromHighestOkWhenClean : IMutant
{
    public string Name => "mutant-prefix-from-highest-ok-when-clean";

    public string Why => "highest-completed's fold is the prefix exactly when nothing failed";

    public Reach ExpectedReach => Reach.None;

    public string Rule => "no failure → h = highest ok end - off; else P; positive → it; else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var bytes = a.Ite(s.AnyFailed, Rules.TrackedPrefix(a, g, s), a.Sub(s.HighestOkEnd, g.Offset));
        return Rules.Report(a, g, Rules.PositiveOr(a, bytes, Rules.ContiguousPrefix(a, g, s)));
    }
}
