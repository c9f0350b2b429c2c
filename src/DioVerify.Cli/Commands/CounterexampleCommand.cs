using DioVerify.Verdicts;
using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;
using DioVerify.Linux;
using DioVerify.Reporting;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using DioVerify.Reporting.Html;

namespace DioVerify.Cli.Commands;

/// <summary>What a counterexample search found: the smallest violating schedule (or none), at how many BIOs, after how many schedules.</summary>
public sealed record CounterexampleSearch(IPolicy Policy, PropertyId Property, int MaxBios, Schedule? Schedule, int Bios, long Schedules)
{
    public bool Found => Schedule is not null;

    /// <summary>
    /// Exit 0 when the outcome is what the catalog expects (a planted fault refuted, or a property
    /// that must hold holding up to the bound); 1 otherwise (a false alarm, or a planted fault missed).
    /// </summary>
    public ExitCode Exit => Judgement.Fails() ? ExitCode.Violated : ExitCode.Ok;

    /// <summary>What was found, against the catalog: <see cref="Expectation.Judge(IPolicy, PropertyId, VerdictKind)"/>.</summary>
    public Judgement Judgement => Expectation.Judge(Policy, Property, Found ? VerdictKind.Violated : VerdictKind.Holds);
}

/// <summary>
/// <c>dioverify counterexample --policy NAME [--property P] [--bios N] [--out DIR] [--html FILE]</c>: the smallest
/// counterexample by exhaustive exploration at 0..N BIOs, written as schedule v1 and explained in one screen.
/// </summary>
public static class CounterexampleCommand
{
    public const int DefaultBios = 4;

    public const int MaxBios = 7;

    public static Command Create()
    {
        var policy = CommonOptions.Policy();
        var property = new Option<string?>("--property") { Description = "Property P1..P7 (default: the first one the policy is expected to violate; P1 for a correct policy)" };
        var bios = new Option<int>("--bios") { Description = $"Search requests of 0..N BIOs, fewest first (0..{MaxBios})", DefaultValueFactory = _ => DefaultBios };
        var output = new Option<string?>("--out") { Description = "Write the counterexample to DIR/<policy>.<property>.json (schedule v1, replayable)" };
        var html = HtmlReportOption.Create("the story (sector map, timeline, engine state, verdicts)");
        var format = CommonOptions.Format("text", "json");
        var rules = RulesOption.Create();
        var command = new Command("counterexample", "Find the smallest schedule on which a policy violates a property (exhaustively, fewest BIOs first) and explain it step by step")
        {
            policy, property, bios, output, html, format, rules,
        };
        command.SetAction(parsed =>
        {
            var userRules = RulesOption.Load(parsed, rules);
            var catalog = RulesOption.Catalog(userRules);
            var name = parsed.GetValue(policy) ?? (userRules.Count == 1 ? userRules[0].Name : null)
                ?? throw CliException.Usage($"give --policy NAME (policies: {catalog.Names})");
            var chosen = CommonOptions.Policies(catalog, userRules, name, all: false)[0];
            var propertyText = parsed.GetValue(property);
            PropertyId id;
            if (propertyText is null) id = DefaultProperty(chosen);
            else id = PropertyCatalog.Parse(propertyText) ?? throw CliException.Usage($"unknown property \"{propertyText}\" (expected P1..P7)");
            var n = parsed.GetValue(bios);
            if (n is < 0 or > MaxBios) throw CliException.Usage($"--bios must be between 0 and {MaxBios} (got {n})");
            var htmlTarget = HtmlReportOption.Target(parsed.GetValue(html));

            var search = Search(chosen, id, n);
            var json = parsed.GetValue(format) == "json";
            if (search.Schedule is not { } schedule)
            {
                if (json)
                {
                    Console.Write(CounterexampleJson.Render(chosen, id, n, null, search.Schedules, search.Judgement, null, null, null));
                    HtmlReportOption.Write(htmlTarget, () => CounterexampleReportHtml.NotFound(chosen, id, n, search.Schedules));
                    return (int)search.Exit;
                }

                Console.Write(CounterexampleText.NotFound(chosen, id, n, search.Schedules));
                if (id == PropertyId.P6 && ProvedForEveryBound(chosen) is { } domain) Console.Write(CounterexampleText.NoneAtAnyBound(chosen, id, domain));
                HtmlReportOption.Write(htmlTarget, () => CounterexampleReportHtml.NotFound(chosen, id, n, search.Schedules));
                return (int)search.Exit;
            }

            RunReport run;
            try
            {
                run = Replay.Confirm("exploration", chosen, id, schedule);
            }
            catch (CounterexampleDoesNotReplayException e)
            {
                throw new CliException(ExitCode.Internal, $"internal error: {e.Message}");
            }

            var story = CounterexampleStory.Of(run, id);
            var text = CounterexampleText.Render(story);
            string? written = null;
            if (parsed.GetValue(output) is { } dir)
            {
                var path = written = CounterexampleFile.Write(dir, chosen.Name, id, schedule);
                text += $"  written to {path} (replay with: dioverify replay {path})\n";
            }
            else
            {
                text += "  (--out DIR writes this schedule for replay)\n";
            }

            Console.Write(json
                ? CounterexampleJson.Render(chosen, id, n, search.Bios, search.Schedules, search.Judgement, schedule, run, written)
                : TerminalColour.ForStdout(text));
            HtmlReportOption.Write(htmlTarget, () => CounterexampleReportHtml.Render(story));
            return (int)search.Exit;
        });
        return command;
    }

    /// <summary>
    /// Whether P6 is proved for every number of BIOs (by induction over arrivals, a second or so). Without
    /// libz3, or without an answer in time, the search's bounded statement simply stands alone.
    /// </summary>
    /// <returns>The domain the proof covers, or null when P6 is not proved for every number of BIOs.</returns>
    private static string? ProvedForEveryBound(IPolicy policy)
    {
        try
        {
            using var session = new Z3Session();
            var prover = new Prover(session, TimeSpan.FromSeconds(20), VersionStamp.ProducedBy);
            var result = prover.Prove(new Obligation(policy, PropertyId.P6, null));
            return result.Verdict == ProofVerdict.Proved ? result.Domain : null;
        }
        catch (Z3UnavailableException)
        {
            return null;
        }
    }

    /// <summary>The first property the policy is expected to violate; P1 for a correct policy.</summary>
    public static PropertyId DefaultProperty(IPolicy policy) => policy.Expected.Violated.Cast<PropertyId?>().FirstOrDefault() ?? PropertyId.P1;

    /// <summary>
    /// Explores exhaustively at 0, 1, ..., <paramref name="maxBios"/> BIOs and stops at the first bound with a
    /// violation: fewest BIOs first, then the explorer's order (fewest failures, shortest request, fewest inversions).
    /// </summary>
    /// <param name="explore">The exhaustive exploration at one BIO count (default: run it); <c>prove</c> passes a cache,
    /// since one exploration answers every property of the policy.</param>
    public static CounterexampleSearch Search(IPolicy policy, PropertyId property, int maxBios, Func<IPolicy, int, ExploreResult>? explore = null)
    {
        long schedules = 0;
        for (var n = 0; n <= maxBios; n++)
        {
            var result = explore is null ? Explorer.Exhaustive(policy, n) : explore(policy, n);
            schedules += result.Schedules;
            if (result.Counterexample(property, VersionStamp.ProducedBy) is { } schedule)
            {
                return new CounterexampleSearch(policy, property, maxBios, schedule, n, schedules);
            }
        }

        return new CounterexampleSearch(policy, property, maxBios, null, -1, schedules);
    }
}
