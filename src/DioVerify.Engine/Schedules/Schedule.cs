using System.Collections.Immutable;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;

namespace DioVerify.Engine.Schedules;

/// <summary>
/// Schedule v1: one concrete run — a request, the free space, each BIO's outcome in file order and the
/// arrival order. Optional provenance (policy, property, producer) travels with counterexamples.
/// </summary>
/// <param name="FreeBlocks">Blocks the allocator can hand out; null is unlimited.</param>
/// <param name="Arrival">Arrival[j] is the index of the j-th BIO to complete.</param>
public sealed record Schedule(
    WriteRequest Request,
    long? FreeBlocks,
    ImmutableArray<BioStatus> Outcomes,
    ImmutableArray<int> Arrival)
{
    public const int Version = 1;

    /// <summary>Schedules beyond this many BIOs are refused as absurd rather than replayed.</summary>
    /// <remarks>
    /// Linux caps one write at MAX_RW_COUNT (2 GiB less a page), so a real write with page-sized or larger
    /// BIOs has at most 2^19 of them: 2^20 covers it twice over. The reader counts every list against this
    /// cap as it reads, so a list at the cap costs tens of MB, never the gigabytes an unbounded one did.
    /// </remarks>
    public const int MaxBios = 1 << 20;

    public string? Policy { get; init; }

    public PropertyId? Property { get; init; }

    /// <summary>The tool and version that wrote the schedule, e.g. <c>dioverify 0.1.0</c>.</summary>
    public string? ProducedBy { get; init; }

    /// <summary>For a P6 counterexample: a second order of the same outcomes that gives a different outcome.</summary>
    public ImmutableArray<int>? AlternateArrival { get; init; }

    public int FailureCount => Outcomes.Count(o => o == BioStatus.Eio);

    /// <summary>Structural equality, element by element (ImmutableArray compares by reference).</summary>
    public bool SameAs(Schedule other) =>
        Request == other.Request && FreeBlocks == other.FreeBlocks &&
        Outcomes.SequenceEqual(other.Outcomes) && Arrival.SequenceEqual(other.Arrival) &&
        Policy == other.Policy && Property == other.Property && ProducedBy == other.ProducedBy &&
        (AlternateArrival ?? []).SequenceEqual(other.AlternateArrival ?? []);
}
