using DioVerify.Engine.Model;
using DioVerify.Engine.Schedules;

namespace DioVerify.Exploration;

/// <summary>
/// A violating schedule found by exploration, with the key that orders counterexamples by how easy
/// they are to read: fewest failures, then the shortest request, then the arrival order closest to
/// file order (fewest inversions); the remaining fields only make the choice deterministic.
/// </summary>
public sealed record Violation(int ShapeIndex, RequestShape Shape, long Mask, int[] Arrival, int Failures, int Inversions, int[]? AlternateArrival)
{
    public Schedule ToSchedule(int bios) =>
        new(Shape.Request, Shape.FreeBlocks, [.. Enumerable.Range(0, bios).Select(k => (Mask >> k & 1) == 1 ? BioStatus.Eio : BioStatus.Ok)], [.. Arrival])
        {
            AlternateArrival = AlternateArrival is null ? null : [.. AlternateArrival],
        };

    /// <summary>True when this violation is a smaller (more readable) story than <paramref name="other"/>.</summary>
    public bool IsSmallerThan(Violation? other)
    {
        if (other is null) return true;
        var byKey = (Failures, Shape.Request.Length, Inversions, ShapeIndex, Mask)
            .CompareTo((other.Failures, other.Shape.Request.Length, other.Inversions, other.ShapeIndex, other.Mask));
        return byKey != 0 ? byKey < 0 : Arrival.AsSpan().SequenceCompareTo(other.Arrival) < 0;
    }
}
