namespace DioVerify.Reporting.Html;

/// <summary>One lane of a timeline: a single BIO, or a stretch of consecutive BIOs that share it.</summary>
public sealed record TimelineLane(int First, int Last);

/// <summary>
/// Which BIOs get a lane of their own when there are too many to draw one each: the first and last, the first
/// to fail in arrival order, the lowest-indexed failed BIO (where <c>P</c> ends) and the BIO where <c>R</c> ends,
/// each with its neighbours, then further failed BIOs in file order while room is left. Every stretch between
/// them shares one lane, so every BIO is in exactly one lane.
/// </summary>
public static class TimelineLanes
{
    public static IReadOnlyList<TimelineLane> Of(IReadOnlyList<StoryBio> bios, IReadOnlyList<int> arrival, long? prefixEnd, long? returnedEnd, int maxLanes)
    {
        if (bios.Count <= maxLanes) return [.. bios.Select(b => new TimelineLane(b.Index, b.Index))];

        // Each chosen BIO can split a shared stretch in two, so at most a third of the lanes are chosen.
        var budget = Math.Max(1, maxLanes / 3);
        var chosen = new SortedSet<int>();
        void Around(int? k)
        {
            if (k is not { } index) return;
            foreach (var n in new[] { index, index - 1, index + 1 })
            {
                if (n >= 0 && n < bios.Count) chosen.Add(n);
            }
        }

        var failedInArrival = arrival.Where(k => bios[k].Status == Engine.Model.BioStatus.Eio).ToList();
        chosen.Add(0);
        chosen.Add(bios.Count - 1);
        Around(failedInArrival.Count > 0 ? failedInArrival[0] : null);
        Around(Containing(bios, prefixEnd));
        Around(Containing(bios, returnedEnd));
        foreach (var k in failedInArrival.Order())
        {
            if (chosen.Count >= budget) break;
            chosen.Add(k);
        }

        var lanes = new List<TimelineLane>();
        var next = 0;
        foreach (var k in chosen)
        {
            if (k > next) lanes.Add(new TimelineLane(next, k - 1));
            lanes.Add(new TimelineLane(k, k));
            next = k + 1;
        }

        if (next < bios.Count) lanes.Add(new TimelineLane(next, bios.Count - 1));
        return lanes;
    }

    /// <summary>The BIO whose bytes end at or run past <paramref name="offset"/>: the one a marker there falls in or after.</summary>
    private static int? Containing(IReadOnlyList<StoryBio> bios, long? offset) =>
        offset is not { } o ? null : bios.FirstOrDefault(b => b.Start < o && o <= b.End)?.Index ?? bios.FirstOrDefault(b => b.Start >= o)?.Index;
}
