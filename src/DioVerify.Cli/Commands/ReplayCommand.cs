using DioVerify.Engine.Algebra;
using DioVerify.Verdicts;
using System.CommandLine;
using System.Text.Json;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting;
using DioVerify.Reporting.Html;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify replay SCHEDULE.json</c>: run one schedule through policies and show what happened.</summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("SCHEDULE.json") { Description = "A schedule v1 file (written by hand, by explore, or by counterexample)" };
        var policy = CommonOptions.Policy();
        var all = CommonOptions.All("the default, unless the schedule names its policy");
        var format = CommonOptions.Format("text", "json");
        var rules = RulesOption.Create();
        var html = HtmlReportOption.Create("the replay (per policy: sector map and verdicts; the timeline and engine state)");
        var command = new Command("replay", "Replay a schedule through the reference engine: return value, prefix P, new size, property verdicts and the sector map")
        {
            file, policy, all, format, html, rules,
        };
        command.SetAction(parsed =>
        {
            var htmlTarget = HtmlReportOption.Target(parsed.GetValue(html));
            var userRules = RulesOption.Load(parsed, rules);
            var catalog = RulesOption.Catalog(userRules);
            var schedule = ScheduleReader.ReadFile(parsed.GetValue(file)!, catalog);
            var named = parsed.GetValue(policy) ?? (parsed.GetValue(all) ? null : schedule.Policy);
            if (parsed.GetValue(policy) is null && userRules.Count > 0 && userRules.All(r => r.Name != named)) named = null;
            var policies = CommonOptions.Policies(catalog, userRules, named, parsed.GetValue(all), catalog.Policies);
            // Past the orders replay can run all of, P6 is proved for the schedule's geometry where the order lemma holds;
            // only where it does not are orders sampled.
            var proofs = schedule.Outcomes.Length > Replay.ExhaustiveOrderLimit ? OrderIndependenceProofs.For(policies, schedule.Request) : null;
            var runs = policies.Select(p => Run(p, schedule, proofs?.GetValueOrDefault(p))).ToList();
            if (runs.FirstOrDefault(run => run.OrderBasis == OrderIndependenceBasis.DifferingOrder && proofs?.GetValueOrDefault(run.Policy) is { Proved: true }) is { } contradiction)
            {
                throw new CliException(ExitCode.Internal, $"internal error: P6 is proved for {contradiction.Policy.Name} on this geometry, yet {contradiction.OrderIndependenceNote}");
            }

            // A saved counterexample names the property it refuted: say whether it still fails for
            // its policy (which may have changed since), and whether another version recorded it.
            var statuses = schedule.Property is { } recorded
                ? runs.Where(run => schedule.Policy is null || run.Policy.Name == schedule.Policy)
                    .Select(run => CounterexampleText.ReplayStatus(run, recorded, schedule.ProducedBy, VersionStamp.ProducedBy)).ToList()
                : [];
            if (parsed.GetValue(format) == "json")
            {
                using var json = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
                json.WriteStartArray();
                runs.ForEach(run => RunReportJson.Write(json, run));
                json.WriteEndArray();
                json.Flush();
                Console.WriteLine();
            }
            else
            {
                Console.Write(TerminalColour.ForStdout(string.Join(Environment.NewLine, runs.Select(RunReportText.Render))));
                statuses.ForEach(Console.Write);
            }

            HtmlReportOption.Write(htmlTarget, () => ReplayReportHtml.Render(parsed.GetValue(file)!, runs, statuses));

            // Replay is for investigation, but a CI script replaying a saved case wants to know if a
            // property the policy must satisfy fails on it.
            var unexpected = runs.Any(run => run.Verdicts.Any(v => v.Holds == false && run.Policy.Expected.Holds(v.Property)));
            return (int)(unexpected ? ExitCode.Violated : ExitCode.Ok);
        });
        return command;
    }

    /// <summary>
    /// The policy's run, or a finding when its arithmetic is undefined on the request (it overflows <c>long</c> or divides
    /// by zero): the engine has no result to judge, which is a defect of the policy (exit 1), not of DioVerify.
    /// </summary>
    private static RunReport Run(IPolicy policy, Engine.Schedules.Schedule schedule, OrderIndependenceProof? orderProof)
    {
        try
        {
            return Replay.Run(policy, schedule, orderProof);
        }
        catch (UndefinedArithmeticException e)
        {
            throw new CliException(ExitCode.Violated, $"{policy.Name}: the policy's arithmetic is undefined on this request ({e.Operation}), so it has no result; the prover reports such a policy as refuted by well-definedness");
        }
    }
}
