using System.Diagnostics;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Smt.Differential;
using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// The differential check as a library call for <c>check</c>: data, every disagreement of every policy, quickly;
/// the catalog has none, and a policy that bypasses the algebra is caught on every schedule, not only the first.
/// </summary>
public sealed class InterpretationAgreementFindsEveryDisagreement(ITestOutputHelper output) : IDisposable
{
    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void The_catalog_policies_agree_in_both_interpretations_on_random_and_boundary_schedules_within_seconds()
    {
        var clock = Stopwatch.StartNew();

        var disagreements = InterpretationAgreement.Check(session, PolicyCatalog.Builtin.Policies, seed: 20_261_128);

        output.WriteLine($"{PolicyCatalog.Builtin.Policies.Count} policies x {InterpretationAgreement.DefaultSamples} schedules in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(5)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_policy_that_sniffs_its_interpretation_is_reported_on_every_schedule_with_both_results()
    {
        IPolicy[] policies = [new SniffsTheInterpretation(), PolicyCatalog.Builtin.Policies[0]];

        var disagreements = InterpretationAgreement.Check(session, policies, seed: 7, samples: 40);

        Assert.Equal(40, disagreements.Count);
        Assert.All(disagreements, d => Assert.Equal("test-sniffs-the-interpretation", d.Policy));
        var first = disagreements[0];
        Assert.NotEqual(first.Concrete, first.Symbolic);
        Assert.Equal(first.Concrete, $"R={Replay.Run(new SniffsTheInterpretation(), first.Schedule).Returned}, size={Replay.Run(new SniffsTheInterpretation(), first.Schedule).Outcome.NewSize}, kept to {Replay.Run(new SniffsTheInterpretation(), first.Schedule).Outcome.KeptEnd}");
    }

    [Fact]
    public void The_boundary_schedules_reach_the_top_of_the_range_every_sector_size_cuts_and_bios_not_dividing_the_block()
    {
        var schedules = BoundarySchedules.Draw(20_261_128, InterpretationAgreement.DefaultSamples, InterpretationAgreement.DefaultMaxBios).ToList();

        Assert.All(schedules, s => Assert.Null(s.Request.Validate()));
        Assert.Contains(schedules, s => s.Request.Offset > long.MaxValue / 2);
        Assert.Contains(schedules, s => s.Request.Offset == 0);
        Assert.Contains(schedules, s => s.Request.Offset > 0 && s.Request.Offset % s.Request.BlockSize != 0 && s.Request.Offset < 1 << 20);
        Assert.All(new long[] { 512, 1024, 2048, 4096 }, size => Assert.Contains(schedules, s => s.Request.SectorSize == size));
        Assert.Contains(schedules, s => s.Request.BlockSize % s.Request.MaxBioBytes != 0 && s.Request.MaxBioBytes < s.Request.BlockSize);
        Assert.Contains(schedules, s => ConcreteLayout.Of(s.Request, s.FreeBlocks).Geometry.IsCut);
        Assert.Contains(schedules, s => s.Outcomes.Length >= 4);
    }
}
