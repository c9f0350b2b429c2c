using System.Collections.Immutable;
using DioVerify.Audit.Kernel;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>
/// The kernel judge is SPEC's formal column applied to what a filesystem visibly did. Fed what every policy
/// of the catalog would visibly do, it must reach the engine's own verdicts — so it catches every planted
/// fault of P1–P5 and P7 and raises no false alarm on the correct policies.
/// </summary>
public sealed class KernelJudgeAgreesWithTheEngine
{
    private static readonly PropertyId[] Judged = [.. KernelJudgement.Judged];

    /// <summary>Every run at 1–4 BIOs of the explored shapes a kernel can show: no hole below the write, a sector-aligned old size.</summary>
    private static IEnumerable<Schedule> Schedules() =>
        from bios in Enumerable.Range(1, 4)
        from shape in RequestShapes.For(bios)
        where shape.Request.FileSize % SectorStamp.SectorSize == 0
              && shape.Request.Offset <= (shape.Request.FileSize + shape.Request.BlockSize - 1) / shape.Request.BlockSize * shape.Request.BlockSize
        let n = ConcreteLayout.Of(shape.Request, shape.FreeBlocks).Count
        from outcomes in Outcomes(n)
        from arrival in Permutations.All(n)
        select new Schedule(shape.Request, shape.FreeBlocks, outcomes, [.. arrival]);

    private static IEnumerable<ImmutableArray<BioStatus>> Outcomes(int n) =>
        Enumerable.Range(0, 1 << n).Select(mask => Enumerable.Range(0, n).Select(k => (mask >> k & 1) == 1 ? BioStatus.Eio : BioStatus.Ok).ToImmutableArray());

    public static TheoryData<string> Policies => [.. PolicyCatalog.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_judge_reaches_the_engines_prefix_and_verdicts_on_every_run(string name)
    {
        var policy = PolicyCatalog.Find(name)!;
        var caught = new HashSet<PropertyId>();
        var runs = 0;
        foreach (var schedule in Schedules())
        {
            var run = Replay.Run(policy, schedule);
            var judgement = KernelJudge.Judge(ModelledKernel.Observe(run));
            runs++;
            Assert.True(run.Prefix == judgement.Prefix, $"{name}: P {judgement.Prefix} != engine's {run.Prefix} on {ScheduleWriter.Write(schedule)}");
            foreach (var id in Judged)
            {
                Assert.True(run.RunVerdicts[id] == judgement.Properties[id], $"{name}: {id} judged {judgement.Properties[id]}, engine says {run.RunVerdicts[id]} on {ScheduleWriter.Write(schedule)}");
                if (!judgement.Properties[id]) caught.Add(id);
            }
        }

        Assert.True(runs > 2000, $"only {runs} runs");
        Assert.Equal(policy.Expected.Violated.Where(Judged.Contains), caught.Order());
    }
}
