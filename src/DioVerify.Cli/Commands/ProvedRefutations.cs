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

        var refuted = results.Where(r => r.Verdict == ProofVerdict.Refuted).ToList();
        return [.. ConsoleProgress.Run("minimising counterexamples", refuted.Count, progress => refuted.Select(r =>
        {
            var o = r.Obligation;
            var bound = Math.Min(o.Bios ?? MaxSearchBios, MaxSearchBios);
            var smallest = Smallest(o, bound, Explore);
            var shown = smallest is not null
                ? new ShownRefutation(r, smallest, true, $"smallest of exhaustive exploration at 0..{bound} BIOs", null)
                : r.Counterexample is { } model
                    ? new ShownRefutation(r, model with { Policy = o.Policy.Name, Property = o.Property }, false, $"the solver's model (exploration at 0..{bound} BIOs found none)", null)
                    : new ShownRefutation(r, null, false, $"no schedule: the solver's answer has no decoded model and exploration at 0..{bound} BIOs found none", null);
            progress.Report(1);
            return outDir is null || shown.Schedule is not { } schedule ? shown : shown with { WrittenTo = CounterexampleFile.Write(outDir, o.Policy.Name, o.Property, schedule) };
        }).ToList())];
    }

    /// <summary>
    /// The smallest violating schedule, confirmed by replay (every counterexample shown goes through the engine first),
    /// or null; a policy whose arithmetic is undefined on some explored request (refuted by well-definedness) has none.
    /// </summary>
    private static Engine.Schedules.Schedule? Smallest(Obligation o, int bound, Func<IPolicy, int, ExploreResult> explore)
    {
        try
        {
            if (CounterexampleCommand.Search(o.Policy, o.Property, bound, explore).Schedule is not { } smallest) return null;
            Replay.Confirm("exploration", o.Policy, o.Property, smallest);
            return smallest;
        }
        catch (Exception e) when (e is CounterexampleDoesNotReplayException or Engine.Algebra.UndefinedArithmeticException)
        {
            return null;
        }
    }
}
