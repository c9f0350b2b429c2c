using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Exploration;

/// <summary>The verdicts of exploring one policy at one BIO count: data, rendered by the CLI.</summary>
public sealed record ExploreResult(IPolicy Policy, int Bios, bool Exhaustive, long Schedules, IReadOnlyList<PropertyTally> Tallies, TimeSpan Elapsed)
{
    public double SchedulesPerSecond => Elapsed.TotalSeconds > 0 ? Schedules / Elapsed.TotalSeconds : double.PositiveInfinity;

    public PropertyTally this[PropertyId property] => Tallies.Single(t => t.Property == property);

    /// <summary>True when what was found matches the policy's expected verdicts for every property.</summary>
    /// <remarks>
    /// A property expected to fail but never violated at this bound is not a mismatch by itself (the
    /// counterexample may need more BIOs or a shape not explored); <see cref="Missed"/> lists those.
    /// </remarks>
    public IEnumerable<PropertyId> FalseAlarms => Tallies.Where(t => t.Violations > 0 && Policy.Expected.Holds(t.Property)).Select(t => t.Property);

    public IEnumerable<PropertyId> Missed => Tallies.Where(t => t.Violations == 0 && !Policy.Expected.Holds(t.Property)).Select(t => t.Property);

    /// <summary>The smallest schedule violating <paramref name="property"/>, ready for replay, or null.</summary>
    public Schedule? Counterexample(PropertyId property, string producedBy) =>
        this[property].Smallest is { } smallest
            ? smallest.ToSchedule(Bios) with { Policy = Policy.Name, Property = property, ProducedBy = producedBy }
            : null;
}
