using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>The 2010 partial-write patch: report everything submitted before the ENOSPC cut, ignoring EIO inside it.</summary>
public sealed class NaivePartial : IPolicy
{
    public string Name => "naive-partial";

    public string Rule => "CUT? and cut > off → cut - off (EIO inside ignored); CUT? → ENOSPC; else EIO? → EIO; else len";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P1, "claims failed BIOs below the cut"), (P3, "reports past the first failure"), (P4, "exposes failed bytes below the new size"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var submitted = a.Sub(g.Cut, g.Offset);
        var uncut = a.Ite(s.AnyFailed, a.Int(-Errno.EIO), g.Length);
        var onCut = Rules.PositiveOr(a, submitted, a.Int(-Errno.ENOSPC));
        return Rules.Report(a, g, a.Ite(g.IsCut, onCut, uncut));
    }
}
