using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Correct: Morton's rule capped by the ok bytes, a cap that never bites since the prefix is all ok.</summary>
public sealed class PrefixCappedByOkBytes : IMutant
{
    public string Name => "mutant-prefix-capped-by-ok-bytes";

    public string Why => "min(P, ok bytes) = P: every BIO below the first failure completed ok";

    public Reach ExpectedReach => Reach.None;

    public string Rule => "m = min(P, bytes of ok BIOs); m > 0 → m; else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var capped = a.Min(Rules.TrackedPrefix(a, g, s), s.OkBytes);
        return Rules.Report(a, g, Rules.PositiveOr(a, capped, Rules.ContiguousPrefix(a, g, s)));
    }
}
