using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// A proof that runs out of time is unknown, with the reason — never proved. Each test uses a fresh
/// prover, so a lemma left undecided by the tiny budget is not cached for other tests.
/// </summary>
public sealed class TinyTimeoutsGiveUnknown(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Tiny = TimeSpan.FromMilliseconds(1);

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Theory]
    [InlineData("contiguous-prefix", PropertyId.P1, 4)]
    [InlineData("contiguous-prefix", PropertyId.P4, 4)]
    [InlineData("prefix-stale-size", PropertyId.P5, 4)]
    [InlineData("legacy-all-or-nothing", PropertyId.P7, 4)]
    public void An_obligation_that_holds_is_unknown_with_a_timeout_reason_when_the_budget_is_one_millisecond(string policyName, PropertyId property, int bios)
    {
        var prover = new Prover(session, Tiny, "dioverify-tests");

        var result = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find(policyName)!, property, bios));
        output.WriteLine($"{result.Verdict} after {result.Elapsed.TotalMilliseconds:0} ms: {result.Reason}");

        Assert.Equal(ProofVerdict.Unknown, result.Verdict);
        Assert.Contains("timeout", result.Reason);
        Assert.Null(result.Counterexample);
    }

    [Theory]
    [InlineData("iomap-modern", 4)]
    [InlineData("contiguous-prefix", null)]
    public void An_order_independence_obligation_with_no_time_is_never_refuted_and_an_unknown_says_why(string policyName, int? bios)
    {
        var prover = new Prover(session, Tiny, "dioverify-tests");

        var result = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find(policyName)!, PropertyId.P6, bios));
        output.WriteLine($"{result.Verdict} after {result.Elapsed.TotalMilliseconds:0} ms: {result.Reason}");

        // On an idle machine the per-geometry lemma queries were seen to finish within 1 ms each (a fresh-clone CI run):
        // every one unsat is then a real proof. What a tiny budget must never give is a wrong verdict.
        Assert.NotEqual(ProofVerdict.Refuted, result.Verdict);
        Assert.Null(result.Counterexample);
        if (result.Verdict == ProofVerdict.Unknown) Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Theory]
    [InlineData("arrival-cutoff", PropertyId.P1, 8)]
    [InlineData("naive-partial", PropertyId.P4, 8)]
    public void An_obligation_that_fails_is_unknown_or_refuted_but_never_proved_when_the_budget_is_one_millisecond(string policyName, PropertyId property, int bios)
    {
        var prover = new Prover(session, Tiny, "dioverify-tests");

        var result = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find(policyName)!, property, bios));
        output.WriteLine($"{result.Verdict} after {result.Elapsed.TotalMilliseconds:0} ms: {result.Reason}");

        // A refutation may carry a reason too: that its minimality was not certified within the budget.
        Assert.NotEqual(ProofVerdict.Proved, result.Verdict);
        if (result.Verdict == ProofVerdict.Unknown) Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        if (result.Verdict == ProofVerdict.Refuted) Assert.NotNull(result.Counterexample);
    }

    [Fact]
    public void After_a_timed_out_proof_a_prover_with_time_still_proves_on_the_same_session()
    {
        // Each case has a budget of its own, and at 2 BIOs every case is decided within 1 ms, a real proof; at 4 BIOs
        // the cases are too large for 1 ms each. (From 5 BIOs the file-order invariant decides P1 in small queries that
        // may each be answered within 1 ms: a real proof too.)
        var obligation = new Obligation(PolicyCatalog.Builtin.Find("contiguous-prefix")!, PropertyId.P1, 4);
        Assert.Equal(ProofVerdict.Unknown, new Prover(session, Tiny, "dioverify-tests").Prove(obligation).Verdict);

        var result = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests").Prove(obligation);

        Assert.Equal(ProofVerdict.Proved, result.Verdict);
    }
}
