using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Exploration;
using DioVerify.Engine.Runs;
using DioVerify.Reporting;
using DioVerify.Verdicts;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify explore</c>: explicit-state exploration of the reference engine, exhaustive or sampled.</summary>
public static class ExploreCommand
{
    public static Command Create()
    {
        var policy = CommonOptions.Policy();
        var all = CommonOptions.All("explored one after another");
        var bios = new Option<int>("--bios") { Description = "Number of BIOs the explored requests map to (0..62)", Required = true };
        var exhaustive = new Option<bool>("--exhaustive") { Description = $"Every request shape × outcome vector × arrival order (refused beyond {Explorer.ExhaustiveLimit:N0} schedules)" };
        var samples = new Option<long?>("--samples") { Description = "Sample K schedules at random instead" };
        var seed = new Option<int>("--seed") { Description = "Seed for --samples (same seed, same schedules)", DefaultValueFactory = _ => 1 };
        var format = CommonOptions.Format("text", "json");
        var rules = RulesOption.Create();
        var output = new Option<string?>("--out") { Description = "Write each violated property's smallest schedule to DIR/<policy>.<property>.json (schedule v1, replayable)" };
        var command = new Command("explore", "Run the reference engine on every (or K sampled) schedules with N BIOs; count violations per property and print the smallest violating schedule")
        {
            policy, all, bios, exhaustive, samples, seed, format, rules, output,
        };
        command.SetAction(parsed =>
        {
            var userRules = RulesOption.Load(parsed, rules);
            var policies = CommonOptions.Policies(RulesOption.Catalog(userRules), userRules, parsed.GetValue(policy), parsed.GetValue(all));
            var n = parsed.GetValue(bios);
            var k = parsed.GetValue(samples);
            if (parsed.GetValue(exhaustive) == (k is not null)) throw CliException.Usage("give exactly one of --exhaustive or --samples K");
            if (k is <= 0) throw CliException.Usage($"--samples must be positive (got {k})");
            if (n is < 0 or > 62) throw CliException.Usage($"--bios must be between 0 and 62 (got {n})");
            var count = Explorer.ExhaustiveCount(n);
            if (k is null && count > Explorer.ExhaustiveLimit)
            {
                throw CliException.Usage($"an exhaustive run at {n} BIOs visits {count:N0} schedules per policy, more than the limit of {Explorer.ExhaustiveLimit:N0}; use --samples K --seed S");
            }

            var outDir = CounterexampleFile.Prepared(parsed.GetValue(output));
            var results = policies.Select(p => ConsoleProgress.Run($"{p.Name} at {n} BIOs", k ?? count, progress =>
                k is { } samplesWanted ? Explorer.Sampled(p, n, samplesWanted, parsed.GetValue(seed), progress) : Explorer.Exhaustive(p, n, progress))).ToList();

            if (parsed.GetValue(format) == "json") Console.Write(ExploreReport.Json(results));
            else Console.Write(ExploreReport.Text(results));
            if (outDir is { } dir) WriteCounterexamples(results, dir, parsed.GetValue(format) == "json" ? Console.Error : Console.Out);
            return (int)(results.Any(r => r.FalseAlarms.Any()) ? ExitCode.Violated : ExitCode.Ok);
        });
        return command;
    }

    /// <summary>
    /// Each violated property's smallest schedule (the explorer's order: fewest failures, shortest request, fewest
    /// inversions), replayed first, written as schedule v1; the list goes to <paramref name="log"/> (stderr under JSON).
    /// </summary>
    private static void WriteCounterexamples(IReadOnlyList<ExploreResult> results, string dir, TextWriter log)
    {
        foreach (var result in results)
        {
            foreach (var tally in result.Tallies.Where(t => t.Smallest is not null))
            {
                var schedule = result.Counterexample(tally.Property, VersionStamp.ProducedBy)!;
                try
                {
                    Replay.Confirm("exploration", result.Policy, tally.Property, schedule);
                }
                catch (CounterexampleDoesNotReplayException e)
                {
                    throw new CliException(ExitCode.Internal, $"internal error: {e.Message}");
                }

                var path = CounterexampleFile.Write(dir, result.Policy.Name, tally.Property, schedule);
                log.WriteLine($"counterexample {result.Policy.Name} {tally.Property} written to {path} (dioverify replay {path})");
            }
        }
    }
}
