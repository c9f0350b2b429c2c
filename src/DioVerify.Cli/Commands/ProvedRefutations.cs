using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Reporting;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Cli.Commands;

/// <summary>
/// The counterexample <c>prove</c> shows for each refuted obligation: a solver's model is whatever satisfied the query
/// (offset 57344, length 4608, file size 61953), so each is replaced by the smallest schedule exhaustive exploration
/// finds, through <see cref="CounterexampleCommand.Search"/> (the one minimiser), at no more BIOs than the obligation's
/// bound. Where exploration finds none (its request shapes are a finite family) the solver's replayed model stays.
/// </summary>
public static class ProvedRefutations
{
    /// <summary>The largest BIO count searched: <c>counterexample</c>'s default, about a second per policy.</summary>
    public const int MaxSearchBios = CounterexampleCommand.DefaultBios;

    /// <summary>Every refuted obligation with a replayed counterexample, minimised; written to <paramref name="outDir"/> when given.</summary>
    public static List<ShownRefutation> Of(IReadOnlyList<ProofResult> results, string? outDir)
    {
        // One exhaustive exploration answers every property of a policy at that bound: explore each (policy, n) once.
        var explored = new Dictionary<(IPolicy, int), ExploreResult>();
        ExploreResult Explore(IPolicy policy, int n)
        {
            if (!explored.TryGetValue((policy, n), out var result)) explored[(policy, n)] = result = Explorer.Exhaustive(policy, n);
            return result;
        }

        var refuted = results.Where(r => r.Verdict == ProofVerdict.Refuted && r.Counterexample is not null).ToList();
        return [.. ConsoleProgress.Run("minimising counterexamples", refuted.Count, progress => refuted.Select(r =>
        {
            var o = r.Obligation;
            var bound = Math.Min(o.Bios ?? MaxSearchBios, MaxSearchBios);
            var search = CounterexampleCommand.Search(o.Policy, o.Property, bound, Explore);
            var shown = search.Schedule is { } smallest && Confirms(o, smallest)
                ? new ShownRefutation(r, smallest, true, $"smallest of exhaustive exploration at 0..{bound} BIOs", null)
                : new ShownRefutation(r, r.Counterexample! with { Policy = o.Policy.Name, Property = o.Property }, false,
                    $"the solver's model (exploration at 0..{bound} BIOs found none smaller)", null);
            progress.Report(1);
            return outDir is null ? shown : shown with { WrittenTo = CounterexampleFile.Write(outDir, o.Policy.Name, o.Property, shown.Schedule) };
        }).ToList())];
    }

    /// <summary>Every counterexample shown goes through the engine first; one that does not replay is not shown.</summary>
    private static bool Confirms(Obligation o, Engine.Schedules.Schedule schedule)
    {
        try
        {
            Replay.Confirm("exploration", o.Policy, o.Property, schedule);
            return true;
        }
        catch (CounterexampleDoesNotReplayException)
        {
            return false;
        }
    }
}
