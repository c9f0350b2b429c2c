using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Exploration;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Record;

namespace DioVerify.Check.Sharding;

/// <summary>
/// Which part of <c>check</c>'s work one shard does: each policy's exploration (with its interpretation check and
/// model drift), each policy × property under FsCheck and each obligation, dealt out by estimated cost — largest
/// first, each to the least-loaded shard, ties to the lower shard — so the K parts take about equally long. It
/// depends only on the options, the catalog and the committed ledger, so every shard computes the same deal.
/// </summary>
public sealed class ShardPlan
{
    /// <summary>Measured on the 2-core machine kind: exhaustive exploration runs about 20 million schedules a second.</summary>
    private const double SchedulesPerSecond = 2e7;

    /// <summary>Measured: FsCheck's search costs about 20 µs per generated schedule.</summary>
    private const double SecondsPerFsCheckTest = 2e-5;

    /// <summary>The interpretation check and the model export of one policy, about a second together.</summary>
    private const double PerPolicySeconds = 1;

    /// <summary>An obligation the ledger has no time for: about what the slower recorded ones take.</summary>
    private const double UnrecordedObligationSeconds = 5;

    private readonly HashSet<string>? _explore;
    private readonly HashSet<(string, PropertyId)>? _fsCheck;
    private readonly HashSet<(string, PropertyId)>? _prove;

    private ShardPlan(HashSet<string>? explore, HashSet<(string, PropertyId)>? fsCheck, HashSet<(string, PropertyId)>? prove, double estimate)
    {
        _explore = explore;
        _fsCheck = fsCheck;
        _prove = prove;
        EstimatedSeconds = estimate;
    }

    /// <summary>All of the work: an unsharded run.</summary>
    public static ShardPlan Everything { get; } = new(null, null, null, 0);

    /// <summary>This shard's estimated share of the work, in seconds of one core (for the report, never for a verdict).</summary>
    public double EstimatedSeconds { get; }

    /// <summary>Explores the policy, checks its two interpretations and its model's drift.</summary>
    public bool Explores(IPolicy policy) => _explore?.Contains(policy.Name) ?? true;

    public bool RunsFsCheck(IPolicy policy, PropertyId property) => _fsCheck?.Contains((policy.Name, property)) ?? true;

    public bool Proves(IPolicy policy, PropertyId property) => _prove?.Contains((policy.Name, property)) ?? true;

    /// <summary>The part of the work for <paramref name="shard"/>; <paramref name="ledger"/> gives the obligations' measured times.</summary>
    public static ShardPlan For(Shard shard, CheckOptions options, Ledger? ledger)
    {
        var items = new List<(int Kind, int Policy, PropertyId Property, double Cost)>();
        var exploreCost = Enumerable.Range(0, options.MaxBios + 1).Sum(Explorer.ExhaustiveCount) / SchedulesPerSecond + (options.Proofs ? PerPolicySeconds : 0);
        for (var p = 0; p < options.Policies.Count; p++)
        {
            var policy = options.Policies[p];
            items.Add((0, p, default, exploreCost));
            foreach (var property in PropertyCatalog.All)
            {
                items.Add((1, p, property, options.FsCheckTests * SecondsPerFsCheckTest));
                if (!options.Proofs) continue;
                var recorded = ledger?.Find($"{policy.Name}.{property}.bios{options.ProofBios}.smt2");
                items.Add((2, p, property, recorded is null || recorded.Bios != options.ProofBios ? UnrecordedObligationSeconds : recorded.Answers.Sum(a => a.Seconds)));
            }
        }

        var load = new double[shard.Count];
        var mine = items.Where(_ => false).ToList();
        foreach (var item in items.OrderByDescending(i => i.Cost).ThenBy(i => i.Kind).ThenBy(i => i.Policy).ThenBy(i => i.Property))
        {
            var least = Array.IndexOf(load, load.Min());
            load[least] += item.Cost;
            if (least == shard.Index - 1) mine.Add(item);
        }

        string Name(int p) => options.Policies[p].Name;
        return new ShardPlan(
            [.. mine.Where(i => i.Kind == 0).Select(i => Name(i.Policy))],
            [.. mine.Where(i => i.Kind == 1).Select(i => (Name(i.Policy), i.Property))],
            [.. mine.Where(i => i.Kind == 2).Select(i => (Name(i.Policy), i.Property))],
            load[shard.Index - 1]);
    }
}
