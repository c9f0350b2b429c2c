using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// For every policy and property, the prover's verdict at a small bound is the catalog's expectation:
/// proved where the policy is expected to satisfy the property, refuted where it is a planted fault —
/// and never unknown with a generous timeout (after the fixture's retries; see
/// <see cref="ProverAtASmallBound.Result"/>).
/// </summary>
/// <remarks>
/// The bound is 3 because three P3 faults (sum-completed, arrival-cutoff, highest-completed) need a third
/// BIO: with two, an ok BIO 0 and a failed BIO 1 make every one of them report exactly the prefix.
/// </remarks>
[Collection(ProverAtASmallBoundCollection.Name)]
public sealed class ProverVerdictsMatchTheCatalog(ProverAtASmallBound prover, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ProverAtASmallBound.AllObligations), MemberType = typeof(ProverAtASmallBound))]
    public void The_verdict_is_proved_exactly_when_the_catalog_expects_the_property_to_hold(string policyName, PropertyId property)
    {
        var policy = ProverAtASmallBound.Policy(policyName);

        var result = prover.Result(policy, property);
        foreach (var unknown in prover.UnknownAttempts(policy, property))
        {
            output.WriteLine($"retried after an unknown attempt ({unknown.Elapsed.TotalSeconds:0.#} s): {unknown.Reason}");
        }

        var expected = policy.Expected.Holds(property) ? ProofVerdict.Proved : ProofVerdict.Refuted;
        Assert.True(
            result.Verdict == expected,
            $"{policyName} {property} at bios<={ProverAtASmallBound.Bios}: expected {expected}, got {result.Verdict} "
            + $"after {result.Elapsed.TotalSeconds:0.###} s by {result.Method}; reason: {result.Reason ?? "none"}");
        Assert.Equal(property, result.Obligation.Property);
        Assert.Same(policy, result.Obligation.Policy);
        Assert.Equal(ProverAtASmallBound.Bios, result.Obligation.Bios);
    }

    [Theory]
    [MemberData(nameof(ProverAtASmallBound.AllObligations), MemberType = typeof(ProverAtASmallBound))]
    public void A_proved_obligation_has_no_counterexample_and_a_refuted_one_has_one_without_a_reason(string policyName, PropertyId property)
    {
        var result = prover.Result(ProverAtASmallBound.Policy(policyName), property);

        switch (result.Verdict)
        {
            case ProofVerdict.Proved:
                Assert.Null(result.Counterexample);
                Assert.Null(result.Reason);
                break;
            case ProofVerdict.Refuted:
                Assert.NotNull(result.Counterexample);
                Assert.Null(result.Reason);
                break;
            default:
                Assert.Fail($"{policyName} {property} is {result.Verdict}: {result.Reason}");
                break;
        }
    }
}
