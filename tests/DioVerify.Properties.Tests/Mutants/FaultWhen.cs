using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// Morton's rule, except on the requests <see cref="Trigger"/> picks, where a failed BIO is ignored and the
/// whole submitted span <c>cut - off</c> is reported (naive-partial's fault). Every faulty mutant shares this
/// one payload, so the reach table compares where the checkers look, not how hard each fault is to see.
/// </summary>
public abstract class FaultWhen : IMutant
{
    public abstract string Name { get; }

    public abstract string Why { get; }

    public abstract Reach ExpectedReach { get; }

    public string Rule => $"as contiguous-prefix, but {TriggerText} it reports cut - off whatever failed";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates(
        (P1, "a failed BIO inside the reported span is claimed as written"),
        (P3, "a durable prefix followed by a failure is reported as more than it is"),
        (P4, "the size grows over the failed BIO's bytes"));

    /// <summary>Where the fault is planted, in words (after "but").</summary>
    protected abstract string TriggerText { get; }

    /// <summary>The requests on which the fault fires; on every other request the rule is Morton's.</summary>
    protected abstract TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g);

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var submitted = a.Sub(g.Cut, g.Offset);
        var faulty = Rules.PositiveOr(a, submitted, Rules.ContiguousPrefix(a, g, s));
        return Rules.Report(a, g, a.Ite(Trigger(a, g), faulty, Rules.ContiguousPrefix(a, g, s)));
    }

    /// <summary>
    /// The request maps to at least <paramref name="bios"/> BIOs: <c>(bios - 1) * M &lt; cut - off</c>, stated as
    /// <c>M &lt;= (cut - off - 1) div (bios - 1)</c> (equal for M &gt; 0, Euclidean div), because on the wide geometry
    /// domain M may be near 2^63 and the product would overflow: the prover then rightly answers unknown, not refuted.
    /// </summary>
    protected static TBool AtLeastBios<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, int bios) =>
        a.Le(g.Request.MaxBioBytes, a.Div(a.Sub(a.Sub(g.Cut, g.Offset), a.Int(1)), a.Int(bios - 1)));
}
