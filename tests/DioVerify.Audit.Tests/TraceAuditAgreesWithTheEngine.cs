using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

/// <summary>
/// The trace audit judges a trace as the engine judges the run it records. Fed the trace of every run of every
/// policy, it must reach the engine's prefix and verdicts — so it catches every planted fault of P1–P4 and P7
/// (P5 and P6 are undecidable from a v1 trace) and raises no false alarm on the correct policies.
/// </summary>
public sealed class TraceAuditAgreesWithTheEngine
{
    private static readonly PropertyId[] Decidable = [PropertyId.P1, PropertyId.P2, PropertyId.P3, PropertyId.P4, PropertyId.P7];

    public static TheoryData<string> Policies => [.. PolicyCatalog.Builtin.Policies.Select(p => p.Name)];

    /// <summary>The trace an implementation of the policy would log for this run: the write, its BIOs, completions in arrival order, the return and the size.</summary>
    private static string[] TraceOf(RunReport run)
    {
        var r = run.Schedule.Request;
        var lines = new List<string> { Write(r.Offset, r.Length, r.FileSize) };
        for (var k = 0; k < run.Layout.Count; k++) lines.Add(Submit(k, run.Layout.Starts[k], run.Layout.Ends[k] - run.Layout.Starts[k]));
        lines.AddRange(run.Schedule.Arrival.Select(k => run.Schedule.Outcomes[k] == BioStatus.Ok ? Ok(k) : Eio(k)));
        lines.Add(run.Returned >= 0 ? Bytes(run.Returned) : Error(Errno.Name(-run.Returned)));
        lines.Add(Size(run.Outcome.NewSize));
        return [.. lines];
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_audit_reaches_the_engines_prefix_and_verdicts_on_every_traced_run(string name)
    {
        var policy = PolicyCatalog.Builtin.Find(name)!;
        var caught = new HashSet<PropertyId>();
        var runs = 0;
        foreach (var schedule in EngineRuns.Schedules(_ => true))
        {
            var run = Replay.Run(policy, schedule);
            var audit = Traces.Single(TraceOf(run));
            runs++;
            Assert.True(run.Prefix == audit.Prefix, $"{name}: P {audit.Prefix} != engine's {run.Prefix} on {ScheduleWriter.Write(schedule)}");
            foreach (var id in Decidable)
            {
                Assert.True(run.RunVerdicts[id] == audit.Verdicts[id], $"{name}: {id} audited {audit.Verdicts[id]}, engine says {run.RunVerdicts[id]} on {ScheduleWriter.Write(schedule)}");
                if (audit.Verdicts[id] == false) caught.Add(id);
            }
        }

        Assert.True(runs > 2000, $"only {runs} runs");
        Assert.Equal(policy.Expected.Violated.Where(Decidable.Contains), caught.Order());
    }
}
