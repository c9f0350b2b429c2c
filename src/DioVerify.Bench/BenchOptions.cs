using DioVerify.Check;
using DioVerify.Engine.Policies;

namespace DioVerify.Bench;

/// <summary>What one bench run measures and how much: a value, so the report can say exactly what was run.</summary>
public sealed record BenchOptions(PolicyCatalog Catalog)
{
    /// <summary>The policy whose folds commute (P6's order lemma holds): bounded search in file order.</summary>
    public const string OrderIndependentPolicy = "contiguous-prefix";

    /// <summary>The policy whose decision depends on arrival order: bounded search over every order.</summary>
    public const string OrderDependentPolicy = "arrival-cutoff";

    /// <summary>BIO count of the concrete engine's schedules/s (the yardstick).</summary>
    public const int EngineBios = 8;

    /// <summary>The bounded prove table doubles from 8 BIOs up to this (the unrolled encoding makes 1024 a matter of seconds).</summary>
    public int MaxBios { get; init; } = 1024;

    /// <summary>BIO counts at which a planted fault first fires, for the refutation rows (those up to <see cref="MaxBios"/>).</summary>
    public static IReadOnlyList<int> FaultBios { get; } = [4, 8, 17, 64, 256];

    /// <summary>Exhaustive explore at 1..this many BIOs.</summary>
    public int MaxExploreBios { get; init; } = 5;

    /// <summary>Sampled schedules per engine rate measurement.</summary>
    public long EngineSamples { get; init; } = 400_000;

    /// <summary>The policies of the unbounded table (every property each); null is the whole catalog.</summary>
    public IReadOnlyList<string>? UnboundedPolicies { get; init; }

    /// <summary>Budget per obligation, as prove's --timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Obligations decided at once (the unbounded table), as prove's --jobs.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>When set, <c>check</c> with these options is timed end to end.</summary>
    public CheckOptions? Check { get; init; }

    /// <summary>The bounded table's BIO counts: 8, 16, 32, … up to <see cref="MaxBios"/> (just <see cref="MaxBios"/> when it is below 8).</summary>
    public IReadOnlyList<int> BoundedBios()
    {
        if (MaxBios < 8) return [MaxBios];
        var counts = new List<int>();
        for (var n = 8; n <= MaxBios; n *= 2) counts.Add(n);
        return counts;
    }

    /// <summary>A run sized for CI: seconds, not minutes, with every table present.</summary>
    public static BenchOptions Quick(PolicyCatalog catalog) => new(catalog)
    {
        MaxBios = 2,
        MaxExploreBios = 3,
        EngineSamples = 20_000,
        UnboundedPolicies = [OrderIndependentPolicy],
    };
}
