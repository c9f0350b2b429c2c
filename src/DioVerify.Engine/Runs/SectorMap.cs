using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Runs;

/// <summary>A run of equal sectors or blocks, <c>[Start, End)</c> in bytes.</summary>
public readonly record struct MapSpan<TState>(long Start, long End, TState State);

/// <summary>
/// The state of every sector and block around a write after it finished, as runs (a terabyte-long
/// hole is one span, not two billion sectors). Data only; the renderers draw it.
/// </summary>
public sealed record SectorMap(
    long Start,
    long End,
    long SectorSize,
    long BlockSize,
    long Offset,
    long RequestEnd,
    long Cut,
    long OldSize,
    long NewSize,
    long Prefix,
    long Returned,
    IReadOnlyList<MapSpan<SectorState>> Sectors,
    IReadOnlyList<MapSpan<BlockState>> Blocks)
{
    /// <summary>The map of a run: from the block holding the first touched byte to the last touched block.</summary>
    public static SectorMap Of(RunReport run)
    {
        var g = run.Geometry;
        var r = run.Schedule.Request;
        var b = r.BlockSize;
        var start = RoundDown(Math.Min(r.Offset, r.FileSize), b);
        // The map ends with the request's last block: a long file's tail of old data says nothing about
        // the write (a new size beyond it, inside an old file, is marked as lying past the map).
        var end = RoundUp(g.End, b);
        var oldEofBlock = RoundUp(Math.Min(r.FileSize, end), b);

        var sectors = new SpanBuilder<SectorState>();
        long[] outsideBreaks = [r.FileSize, g.FirstNewBlock, g.AllocEnd];
        SectorState OutsideAt(long x) => Outside(x, r.FileSize, g.FirstNewBlock, g.AllocEnd);
        sectors.Add(start, Math.Min(r.Offset, end), outsideBreaks, OutsideAt);
        for (var k = 0; k < run.Layout.Count; k++)
        {
            sectors.Add(run.Layout.Starts[k], run.Layout.Ends[k], run.Schedule.Outcomes[k] == BioStatus.Ok ? SectorState.Durable : SectorState.Failed);
        }

        sectors.Add(g.Cut, g.End, SectorState.NotSubmitted);
        sectors.Add(g.End, end, outsideBreaks, OutsideAt);

        var blocks = new SpanBuilder<BlockState>();
        var existingEnd = Math.Min(RoundUp(Math.Min(r.FileSize, g.End), b), end);
        blocks.Add(start, Math.Max(start, existingEnd), BlockState.Existing);
        blocks.Add(Math.Max(start, existingEnd), end, [g.FirstNewBlock, run.Outcome.KeptEnd, g.AllocEnd, oldEofBlock], x =>
            x >= g.FirstNewBlock && x < run.Outcome.KeptEnd ? BlockState.Kept
            : x >= g.FirstNewBlock && x < g.AllocEnd ? BlockState.Freed
            : x < oldEofBlock ? BlockState.Existing
            : BlockState.Unallocated);

        return new SectorMap(start, end, r.SectorSize, b, r.Offset, g.End, g.Cut, r.FileSize, run.Outcome.NewSize, run.Prefix, run.Returned, sectors.Spans, blocks.Spans);
    }

    private static SectorState Outside(long x, long oldSize, long firstNew, long allocEnd) =>
        x < oldSize ? SectorState.OldData
        : x >= firstNew && x < allocEnd ? SectorState.Unwritten
        : SectorState.Hole;

    private static long RoundDown(long x, long unit) => x - (x % unit);

    private static long RoundUp(long x, long unit) => ConcreteAlgebra.Instance.RoundUp(x, unit);

    /// <summary>Collects spans, merging neighbours in the same state.</summary>
    private sealed class SpanBuilder<TState>
        where TState : struct, Enum
    {
        public List<MapSpan<TState>> Spans { get; } = [];

        public void Add(long start, long end, TState state)
        {
            if (end <= start) return;
            if (Spans.Count > 0 && Spans[^1].End == start && EqualityComparer<TState>.Default.Equals(Spans[^1].State, state))
            {
                Spans[^1] = Spans[^1] with { End = end };
                return;
            }

            Spans.Add(new MapSpan<TState>(start, end, state));
        }

        /// <summary>
        /// Adds <c>[start, end)</c> classified by <paramref name="stateAt"/>, which may change state only at
        /// the given <paramref name="breakpoints"/> — so a huge range costs a few spans, not one per sector.
        /// </summary>
        public void Add(long start, long end, long[] breakpoints, Func<long, TState> stateAt)
        {
            var cuts = breakpoints.Where(p => p > start && p < end).Order().Append(end);
            var from = start;
            foreach (var to in cuts)
            {
                Add(from, to, stateAt(from));
                from = to;
            }
        }
    }
}
