using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
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

    [Fact]
    public void A_fresh_prover_decides_naive_partial_P5_at_three_BIOs_within_seconds()
    {
        var prover = new Prover(session, TimeSpan.FromSeconds(30), "dioverify-tests");

        var result = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find("naive-partial")!, PropertyId.P5, 3));
        output.WriteLine($"{result.Verdict} after {result.Elapsed.TotalSeconds:0.##} s: {result.Reason}");

        Assert.Equal(ProofVerdict.Proved, result.Verdict);
    }
}
