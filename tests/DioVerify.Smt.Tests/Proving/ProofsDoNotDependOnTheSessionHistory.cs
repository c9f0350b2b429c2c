using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// An obligation's verdict must not depend on what the Z3 session did before it. Each of its cases is
/// answered in milliseconds on its own, so a fresh prover must decide it quickly too.
/// </summary>
public sealed class ProofsDoNotDependOnTheSessionHistory(ITestOutputHelper output) : IDisposable
{
    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact(Skip = "prover bug: on a fresh Prover, naive-partial P5 at bios<=3 is Unknown after the whole timeout (diverges on the case "
        + "'1 BIOs, geometry bio-smaller-than-block'); after proving naive-partial P1 first it is Proved in ~1.5 s, and the same case exported "
        + "is unsat in 0.2 s in the z3 CLI. Z3Scope.Check's default MkSolver() diverges depending on the context's history (here: "
        + "Encode building the unused disjunction of all cases, plus disposed solvers); MkSolver(\"QF_LIA\") did not diverge in the same experiment")]
    public void A_fresh_prover_decides_naive_partial_P5_at_three_BIOs_within_seconds()
    {
        var prover = new Prover(session, TimeSpan.FromSeconds(30), "dioverify-tests");

        var result = prover.Prove(new Obligation(PolicyCatalog.Find("naive-partial")!, PropertyId.P5, 3));
        output.WriteLine($"{result.Verdict} after {result.Elapsed.TotalSeconds:0.##} s: {result.Reason}");

        Assert.Equal(ProofVerdict.Proved, result.Verdict);
    }
}
