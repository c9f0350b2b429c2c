using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Runs;

/// <summary>Runs a schedule through a policy's reference engine and judges every property.</summary>
public static class Replay
{
    /// <summary>P6 is decided over every arrival order up to this many BIOs (8! = 40 320 orders).</summary>
    public const int ExhaustiveOrderLimit = 8;

    /// <summary>Above <see cref="ExhaustiveOrderLimit"/>, up to this many seeded random orders are tried.</summary>
    public const int SampledOrders = 2000;

    /// <summary>
    /// Completions the sampled orders may cost in all: each order is a full run of every BIO, so 2 000 orders
    /// of a 1 000 000-BIO schedule were 2·10^9 completions (74 s). 2·10^7 keeps the full 2 000 orders up to
    /// 10 000 BIOs and any replay's P6 to about a second.
    /// </summary>
    public const long SampledCompletionBudget = 20_000_000;

    /// <summary>However large the schedule, at least this many orders are tried: file order, its reverse and two random ones.</summary>
    public const int MinimumSampledOrders = 4;

    /// <summary>How many arrival orders P6 samples for <paramref name="bios"/> BIOs (above the exhaustive limit).</summary>
    public static int SampledOrderCount(int bios) =>
        (int)Math.Clamp(SampledCompletionBudget / Math.Max(bios, 1), MinimumSampledOrders, SampledOrders);

    /// <summary>Runs the schedule and judges every property.</summary>
    /// <param name="orderProof">What a prover established about P6 for this policy on the schedule's geometry: where it is
    /// proved, no orders are sampled (the schedule's alternate order, if any, is still run); otherwise its reason is
    /// added to the sampled verdict's note.</param>
    public static RunReport Run(IPolicy policy, Schedule schedule, OrderIndependenceProof? orderProof = null)
    {
        var a = ConcreteAlgebra.Instance;
        var layout = ConcreteLayout.Of(schedule.Request, schedule.FreeBlocks);
        var failed = schedule.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
        var outcome = WriteEngine.Run(a, policy, layout, failed, ToLongs(schedule.Arrival));
        var facts = new RunFacts<bool, long>(a, layout, failed, outcome);
        var verdicts = PropertyCatalog.PerRun.ToDictionary(p => p.Id, p => p.Holds(a, facts));
        var (p6, note, differing, basis) = JudgeOrders(policy, layout, failed, outcome, schedule.AlternateArrival, orderProof);
        return new RunReport(policy, schedule, layout, outcome, facts.Prefix, verdicts, p6, note, differing) { OrderBasis = basis };
    }

    /// <summary>
    /// Replays a counterexample that <paramref name="checker"/> found and confirms it violates <paramref name="property"/>:
    /// every counterexample any checker shows goes through here first (Coyote's <c>replay: true</c>).
    /// </summary>
    /// <exception cref="CounterexampleDoesNotReplayException">The engine does not violate the property on it.</exception>
    public static RunReport Confirm(string checker, IPolicy policy, PropertyId property, Schedule schedule)
    {
        var run = Run(policy, schedule);
        var holds = run.Verdicts.Single(v => v.Property == property).Holds;
        return holds == false ? run : throw new CounterexampleDoesNotReplayException(checker, policy.Name, property, holds, schedule);
    }

    private static (bool? Holds, string Note, IReadOnlyList<int>? Differing, OrderIndependenceBasis Basis) JudgeOrders(
        IPolicy policy, BioLayout<bool, long> layout, bool[] failed, Outcome<long> outcome, IReadOnlyList<int>? alternate, OrderIndependenceProof? proof)
    {
        var a = ConcreteAlgebra.Instance;
        bool Differs(IReadOnlyList<int> order) => WriteEngine.Run(a, policy, layout, failed, ToLongs(order)) != outcome;

        if (alternate is not null && Differs(alternate))
        {
            return (false, "the alternate arrival order gives a different outcome", alternate, OrderIndependenceBasis.DifferingOrder);
        }

        if (proof?.Domain is { } domain)
        {
            return (true, $"holds for every arrival order (proved), by the order lemma for {domain}", null, OrderIndependenceBasis.Proved);
        }

        var n = layout.Count;
        var sampled = SampledOrderCount(n);
        var orders = n <= ExhaustiveOrderLimit ? Permutations.All(n) : Permutations.Sampled(n, sampled, seed: 1);
        var tried = 0;
        foreach (var order in orders)
        {
            tried++;
            if (Differs(order))
            {
                return (false, $"arrival order [{OrderText(order)}] gives a different outcome", order.ToArray(), OrderIndependenceBasis.DifferingOrder);
            }
        }

        var unproved = proof is { Proved: false } ? $"; not proved: {proof.Detail}" : "";
        return n <= ExhaustiveOrderLimit
            ? (true, $"same outcome for all {tried} arrival orders", null, OrderIndependenceBasis.Exhaustive)
            : (null, $"{tried} sampled arrival orders agree; the other orders of {n}! were not tried{(sampled < SampledOrders ? $" ({sampled} orders, not {SampledOrders}: sampling stops at {SampledCompletionBudget:N0} completions, {n:N0} per order)" : "")}{unproved}", null, OrderIndependenceBasis.Sampled);
    }

    /// <summary>
    /// An order for the note: in full up to 64 BIOs, else its start and length (the whole order is the report's
    /// DifferingArrival; in full, a 1 000 000-BIO order made the note a 7.9 MB line).
    /// </summary>
    private static string OrderText(IReadOnlyList<int> order) =>
        order.Count <= 64 ? string.Join(", ", order) : $"{string.Join(", ", order.Take(16))}, … {order.Count:N0} entries in all";

    private static long[] ToLongs(IReadOnlyList<int> order) => order.Select(i => (long)i).ToArray();
}
