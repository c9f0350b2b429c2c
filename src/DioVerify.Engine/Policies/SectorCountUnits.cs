using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Keeps the right bytes but reports the count in sectors, a unit error callers cannot detect.</summary>
public sealed class SectorCountUnits : IPolicy
{
    public string Name => "sector-count-units";

    public string Rule => "as contiguous-prefix (size and blocks by P bytes), but reports P / S: a count in sectors";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P2, "a full write reports len / S"), (P3, "the count is in the wrong unit"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var returned = Rules.ContiguousPrefix(a, g, s);
        var reported = a.Ite(a.Lt(a.Int(0), returned), a.Div(returned, g.Request.SectorSize), returned);
        return Rules.Cleanup(a, g, reported, returned);
    }
}
