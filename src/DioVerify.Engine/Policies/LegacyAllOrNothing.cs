using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Linux 2010 direct I/O: any error discards all progress, and the submission error (ENOSPC) wins.</summary>
public sealed class LegacyAllOrNothing : IPolicy
{
    public string Name => "legacy-all-or-nothing";

    public string Rule => "CUT? → ENOSPC; else EIO? → EIO; else len";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P3, "progress lost: any error throws away the durable prefix"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var eioOrAll = a.Ite(s.AnyFailed, a.Int(-Errno.EIO), g.Length);
        return Rules.Report(a, g, a.Ite(g.IsCut, a.Int(-Errno.ENOSPC), eioOrAll));
    }
}
