using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests;

/// <summary>
/// The engine against SPEC read literally (<see cref="SpecOracle"/>): on generated schedules, for every
/// policy, the same cut and BIOs, the same prefix, the return value, size and kept blocks of the policy's
/// SPEC row, and the same verdict for P1–P5 and P7. A disagreement shrinks like any counterexample.
/// </summary>
public sealed class SpecOracleAgreesWithTheEngine(ITestOutputHelper output)
{
    public static TheoryData<string> Policies => [.. PolicyCatalog.Builtin.Policies.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_engine_does_what_SPEC_says_on_every_generated_schedule(string policy)
    {
        var p = PolicyPairs.Policy(policy);
        var result = FsCheckRun.Check<Schedule>(s => Disagreement(p, s) is null, CaseBudget.MaxTest);
        if (result.Passed)
        {
            output.WriteLine($"{policy}: engine and SPEC agree on {result.Tests} generated schedules");
            return;
        }

        var shrunk = result.Shrunk!;
        var text = $"{policy}: {Describe(p, shrunk)}\n" + CounterexampleText.Describe(
            shrunk with { Policy = policy, ProducedBy = CounterexampleText.Producer },
            result.Original!,
            result.Info);
        output.WriteLine(text);
        Assert.Fail($"the engine disagrees with SPEC: {text}");
    }

    private static string Describe(IPolicy policy, Schedule s)
    {
        try
        {
            return Disagreement(policy, s) ?? "(no disagreement on the shrunk case: it threw before)";
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>How the engine and SPEC differ on one schedule, or null when they agree.</summary>
    public static string? Disagreement(IPolicy policy, Schedule s)
    {
        var spec = SpecOracle.Of(s);
        var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
        var g = layout.Geometry;
        if (g.Cut != spec.Cut || g.IsCut != spec.IsCut) return $"cut: engine {g.Cut} (CUT? {g.IsCut}), SPEC {spec.Cut} (CUT? {spec.IsCut})";
        if (layout.Count != spec.Bios.Count) return $"BIO count: engine {layout.Count}, SPEC {spec.Bios.Count}";
        for (var k = 0; k < layout.Count; k++)
        {
            if (layout.Starts[k] != spec.Bios[k].Start || layout.Ends[k] != spec.Bios[k].End)
            {
                return $"BIO {k}: engine [{layout.Starts[k]}, {layout.Ends[k]}), SPEC [{spec.Bios[k].Start}, {spec.Bios[k].End})";
            }
        }

        var engineAllocated = (g.AllocEnd - g.FirstNewBlock) / g.BlockSize;
        var specAllocated = (spec.AllocEnd - spec.FirstNeeded) / spec.B;
        if (engineAllocated != specAllocated || (specAllocated > 0 && (g.FirstNewBlock != spec.FirstNeeded || g.AllocEnd != spec.AllocEnd)))
        {
            return $"allocation: engine {engineAllocated} block(s) [{g.FirstNewBlock}, {g.AllocEnd}), SPEC {specAllocated} [{spec.FirstNeeded}, {spec.AllocEnd})";
        }

        var a = ConcreteAlgebra.Instance;
        var failed = s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
        var outcome = ViolationSearch.Run(policy, s);
        var facts = new RunFacts<bool, long>(a, layout, failed, outcome);
        if (facts.Prefix != spec.Prefix) return $"prefix P: engine {facts.Prefix}, SPEC {spec.Prefix}";

        var kept = outcome.KeptEnd > g.FirstNewBlock ? ((Int128)g.FirstNewBlock, (Int128)outcome.KeptEnd) : (0, 0);
        if (kept.Item2 > g.AllocEnd) return $"kept blocks [{g.FirstNewBlock}, {outcome.KeptEnd}) reach past the allocated ones (to {g.AllocEnd})";
        var expected = spec.Expected(policy.Name);
        var expectedKept = spec.KeptSet(expected.KeptFrom, expected.KeptTo);
        if (outcome.Returned != expected.Returned || outcome.NewSize != expected.NewSize || kept != expectedKept)
        {
            return $"outcome: engine R {outcome.Returned}, size {outcome.NewSize}, kept [{kept.Item1}, {kept.Item2}); " +
                   $"SPEC R {expected.Returned}, size {expected.NewSize}, kept [{expectedKept.From}, {expectedKept.To})";
        }

        foreach (var property in PropertyCatalog.PerRun)
        {
            var engine = property.Holds(a, facts);
            var literal = spec.Holds(property.Id, outcome.Returned, outcome.NewSize, g.FirstNewBlock, outcome.KeptEnd);
            if (engine != literal) return $"{property.Id} ({property.Name}): engine says {(engine ? "holds" : "fails")}, SPEC's formula says {(literal ? "holds" : "fails")}";
        }

        return null;
    }
}
