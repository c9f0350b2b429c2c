using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Correct: Morton's rule as the submitted span minus what follows the first failure, errors by AnyFailed.</summary>
public sealed class PrefixAsCutMinusUnreported : IMutant
{
    public string Name => "mutant-prefix-as-cut-minus-unreported";

    public string Why => "P = (cut - off) - (cut - lowest failed start); at P = 0 a failure can only be BIO 0's";

    public Reach ExpectedReach => Reach.None;

    public string Rule => "p = (cut - off) - (cut - first failed start); p > 0 → p; else any failed → EIO; else ENOSPC";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.AllHold;

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var unreported = a.Sub(g.Cut, s.LowestFailedStart);
        var prefix = a.Sub(a.Sub(g.Cut, g.Offset), unreported);
        var error = a.Ite(s.AnyFailed, a.Int(-Errno.EIO), a.Int(-Errno.ENOSPC));
        return Rules.Report(a, g, Rules.PositiveOr(a, prefix, error));
    }
}
