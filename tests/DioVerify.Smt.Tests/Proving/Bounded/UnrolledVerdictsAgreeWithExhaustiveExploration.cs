using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Smt.Proving.Methods;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Bounded;

/// <summary>
/// The unrolled encoding at 3 BIOs, for every per-run obligation of the catalog: its verdict is the catalog's (as the
/// per-case encoding's is: 57 proved and 20 refuted with P6), a proof is never contradicted by exhaustive exploration of
/// 0..3 BIOs, and a refutation replays and has no more BIOs than the fewest exploration needs.
/// </summary>
public sealed class UnrolledVerdictsAgreeWithExhaustiveExploration(UnrolledProverFixture fixture) : IClassFixture<UnrolledProverFixture>
{
    private const int Bios = 3;

    public static TheoryData<string, PropertyId> PerRunObligations()
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var policy in PolicyCatalog.Builtin.Policies)
        {
            foreach (var property in PropertyCatalog.PerRun) data.Add(policy.Name, property.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PerRunObligations))]
    public void The_unrolled_verdict_is_the_catalogs_and_exploration_agrees(string policyName, PropertyId property)
    {
        var policy = PolicyCatalog.Builtin.Find(policyName)!;
        var result = fixture.Prove(policy, property, Bios);
        var expected = policy.Expected.Holds(property) ? ProofVerdict.Proved : ProofVerdict.Refuted;

        Assert.True(result.Verdict == expected, $"{policyName} {property}: {result.Verdict.Text()} ({result.Reason}), expected {expected.Text()}");
        Assert.Contains(result.MethodName, new[] { ProofMethodKind.UnrolledFileOrder.Name(), ProofMethodKind.UnrolledEveryOrder.Name(), ProofMethodKind.WellDefinedness.Name() });

        var fewestExplored = Enumerable.Range(0, Bios + 1).FirstOrDefault(n => Violations(policy, property, n) > 0, -1);
        if (result.Verdict == ProofVerdict.Proved)
        {
            Assert.Equal(-1, fewestExplored);
            return;
        }

        var counterexample = result.Counterexample!;
        var report = Replay.Run(policy, counterexample);
        Assert.False(report.Verdicts.Single(v => v.Property == property).Holds, "the counterexample does not violate the property when replayed");
        Assert.True(counterexample.Outcomes.Length <= Bios);
        if (fewestExplored >= 0) Assert.True(counterexample.Outcomes.Length <= fewestExplored, $"{counterexample.Outcomes.Length} BIOs where exploration needs only {fewestExplored}");
    }

    private static long Violations(IPolicy policy, PropertyId property, int bios) =>
        Explorer.Exhaustive(policy, bios).Tallies.Single(t => t.Property == property).Violations;
}
