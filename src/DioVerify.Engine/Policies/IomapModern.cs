using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Today's iomap direct I/O: a short write on ENOSPC, but any EIO fails the whole request.</summary>
public sealed class IomapModern : IPolicy
{
    public string Name => "iomap-modern";

    public string Rule => "EIO? → EIO; else CUT? → cut - off if > 0, else ENOSPC; else len";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P3, "any EIO discards the durable prefix"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var submitted = a.Sub(g.Cut, g.Offset);
        var onCut = Rules.PositiveOr(a, submitted, a.Int(-Errno.ENOSPC));
        return Rules.Report(a, g, a.Ite(s.AnyFailed, a.Int(-Errno.EIO), a.Ite(g.IsCut, onCut, g.Length)));
    }
}
