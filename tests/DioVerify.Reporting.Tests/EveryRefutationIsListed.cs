using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// <c>prove</c>'s text lists every refuted obligation after the table, each with the schedule shown for it (its
/// request, outcomes, arrival order, R and P and the property's account) and the file written, or why there is none.
/// </summary>
public sealed class EveryRefutationIsListed
{
    private static ProofResult Refuted(string policy, PropertyId property) =>
        new(new Obligation(PolicyCatalog.Builtin.Find(policy)!, property, 3), ProofVerdict.Refuted, TimeSpan.FromSeconds(1), "z3", "bounded", null, null);

    [Fact]
    public void Each_refutation_is_listed_with_its_schedule_or_the_reason_it_has_none()
    {
        // naive-partial P1: one failed 1 KiB BIO, yet it returns 1024 bytes.
        var schedule = new Schedule(new WriteRequest(3072, 5120, 0, 4096, 512, 1024), 1, [BioStatus.Eio], [0]);
        var withSchedule = new ShownRefutation(Refuted("naive-partial", PropertyId.P1), schedule, true, "smallest of exhaustive exploration at 0..3 BIOs", "out/naive-partial.P1.json");
        var without = new ShownRefutation(Refuted("sum-completed", PropertyId.P4), null, false, "no schedule: the solver's answer has no decoded model", null);
        var results = new[] { withSchedule.Result, without.Result };

        var text = ProofReport.Text(results, [withSchedule, without]);

        Assert.Contains("refutations (2; 1 minimised", text);
        Assert.Contains("naive-partial P1 prefix-safety (bios<=3): 1 BIO(s), 1 failed; smallest of exhaustive exploration at 0..3 BIOs", text);
        Assert.Contains("request  offset 3072, length 5120, file size 0, block 4096, sector 512, max BIO 1024, free blocks 1", text);
        Assert.Contains("outcomes [EIO], arrival [0]", text);
        Assert.Contains("R = 1024 bytes, P = 0 bytes", text);
        Assert.Contains("claimed but not durable: [3072, 4096), 1024 bytes", text);
        Assert.Contains("written  out/naive-partial.P1.json", text);
        Assert.Contains("sum-completed P4 no-stale-exposure (bios<=3): no schedule: the solver's answer has no decoded model", text);
    }
}
