using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Assembles the events of a trace into complete writes, enforcing SPEC's protocol as they stream:
/// every write ends with a <c>return</c> (then at most one <c>size</c>) before the next <c>write</c> or
/// the end of the trace; its BIOs lie inside it, do not overlap, have distinct ids and tile
/// <c>[off, cut)</c> from <c>off</c>; each <c>complete</c> follows its BIO's <c>submit</c>, once. Only
/// the current write's BIOs are held. The first violation throws <see cref="BadInputException"/> with
/// the source's name, the event's line and column, and the reason; a violation is reported as soon as
/// it is detectable (a gap only at the return, since BIOs may be submitted in any order). The syntax
/// of events is the <see cref="ITraceEventSource"/>'s concern, so every source meets the same rules.
/// </summary>
public sealed class WriteAssembler
{
    private readonly ITraceEventSource _source;
    private readonly string _file;
    private readonly TraceLimits _limits;
    private readonly TraceWrite _write = new();

    // bio id → index in _write.Submitted; and the BIOs in ascending offset order.
    private Dictionary<long, int> _ids = [];
    private readonly BioOffsetIndex _order = new();
    private readonly List<int> _sorted = [];

    private bool _open;
    private bool _done;
    private long _nextIndex;
    private bool _hasPending;
    private TraceEvent _pending;

    /// <summary>Assembles the events of <paramref name="source"/>, which stays the caller's to dispose.</summary>
    public WriteAssembler(ITraceEventSource source, TraceLimits? limits = null)
    {
        _source = source;
        _file = source.Name;
        _limits = limits ?? TraceLimits.Default;
    }

    /// <summary>
    /// The next complete write, or false at the end of a well-formed trace. The returned object is
    /// reused by the next call. Throws <see cref="BadInputException"/> on the first malformed line.
    /// </summary>
    public bool TryRead([NotNullWhen(true)] out TraceWrite? write)
    {
        write = null;
        if (_done) return false;

        _open = false;
        if (_hasPending)
        {
            _hasPending = false;
            Begin(in _pending);
        }

        while (_source.TryRead(out var ev))
        {
            var n = ev.Line;

            switch (ev.Kind)
            {
                case TraceEventKind.Write:
                    if (!_open)
                    {
                        Begin(in ev);
                        break;
                    }
                    if (!_write.HasReturn)
                        throw Bad(n, ev.EventColumn, $"write event before the return of the write on line {_write.Line}: every write ends with a return");
                    // The size of the finished write could still have come; now it is complete.
                    _pending = ev;
                    _hasPending = true;
                    write = _write;
                    return true;
                case TraceEventKind.Submit:
                    RequireBeforeReturn(in ev, n);
                    Submit(in ev, n);
                    break;
                case TraceEventKind.Complete:
                    RequireBeforeReturn(in ev, n);
                    Complete(in ev, n);
                    break;
                case TraceEventKind.Return:
                    Return(in ev, n);
                    break;
                case TraceEventKind.Size:
                    Size(in ev, n);
                    break;
            }
        }

        _done = true;
        if (!_open)
        {
            // Only an empty trace gets here without a write: later calls stop at _done.
            throw new BadInputException(_file, 0, 0, "the trace holds no write event");
        }
        if (!_write.HasReturn)
            throw Bad(_source.LinesRead, 0, $"the file ends before the return of the write on line {_write.Line}: every write ends with a return");
        write = _write;
        return true;
    }

    private void Begin(in TraceEvent ev)
    {
        _write.Begin(_nextIndex++, ev.Line, in ev);
        // A dictionary is cleared in time proportional to its capacity: after a write with many BIOs
        // start a fresh one so later small writes do not pay for it.
        if (_ids.Count > 256) _ids = [];
        else _ids.Clear();
        _order.Clear();
        _sorted.Clear();
        if (_sorted.Capacity > 1 << 16) _sorted.Capacity = 0;
        _open = true;
    }

    private void RequireBeforeReturn(in TraceEvent ev, long n)
    {
        var kind = ev.Kind.Name();
        if (!_open)
            throw Bad(n, ev.EventColumn, $"{kind} before any write event: a trace starts with a write");
        if (_write.HasReturn)
        {
            throw Bad(n, ev.EventColumn,
                $"{kind} of bio {ev.Bio} after the return of its write (return on line {_write.ReturnLine}): only a size event may follow a return, and a bio not completed by then stays in flight");
        }
    }

    private void Submit(in TraceEvent ev, long n)
    {
        var bios = _write.Submitted;
        if (bios.Count >= _limits.MaxBiosPerWrite)
            throw Bad(n, ev.BioColumn, $"the write on line {_write.Line} submits more than {_limits.MaxBiosPerWrite} bios");
        if (_ids.TryGetValue(ev.Bio, out var first))
            throw Bad(n, ev.BioColumn, $"bio {ev.Bio} submitted twice in the write on line {_write.Line} (first submit on line {bios[first].SubmitLine})");

        var end = ev.Offset + ev.Length;
        var writeEnd = _write.Offset + _write.Length;
        if (ev.Offset < _write.Offset || ev.Offset >= writeEnd || end > writeEnd)
        {
            var column = ev.Offset < _write.Offset || ev.Offset >= writeEnd ? ev.OffsetColumn : ev.LengthColumn;
            throw Bad(n, column, $"bio {ev.Bio} [{ev.Offset}, {end}) lies outside its write [{_write.Offset}, {writeEnd}) (write on line {_write.Line})");
        }

        // BIOs already held do not overlap each other, so only the neighbours in offset order can overlap this one.
        var slot = _order.Find(ev.Offset);
        if (slot.Below is { } below && bios[below.Index].End > ev.Offset) throw Overlap(in ev, n, bios[below.Index]);
        if (slot.Above is { } above && above.Offset < end) throw Overlap(in ev, n, bios[above.Index]);

        _ids.Add(ev.Bio, bios.Count);
        _order.Insert(slot, new BioOffsetIndex.Entry(ev.Offset, bios.Count));
        bios.Add(new TraceBio(ev.Bio, ev.Offset, ev.Length, BioState.InFlight, n, ev.OffsetColumn, 0));
    }

    private BadInputException Overlap(in TraceEvent ev, long n, in TraceBio other) => Bad(n, ev.OffsetColumn,
        $"bio {ev.Bio} [{ev.Offset}, {ev.Offset + ev.Length}) overlaps bio {other.Id} [{other.Offset}, {other.End}) submitted on line {other.SubmitLine}");

    private void Complete(in TraceEvent ev, long n)
    {
        if (!_ids.TryGetValue(ev.Bio, out var index))
            throw Bad(n, ev.BioColumn, $"completion of bio {ev.Bio}, which the write on line {_write.Line} has not submitted (a complete must follow its bio's submit)");
        var bios = CollectionsMarshal.AsSpan(_write.Submitted);
        ref var bio = ref bios[index];
        if (bio.State != BioState.InFlight)
            throw Bad(n, ev.BioColumn, $"bio {ev.Bio} completed twice (first completion on line {bio.CompleteLine})");
        bio = bio with { State = ev.Status, CompleteLine = n };
    }

    private void Return(in TraceEvent ev, long n)
    {
        if (!_open)
            throw Bad(n, ev.EventColumn, "return before any write event: a trace starts with a write");
        if (_write.HasReturn)
            throw Bad(n, ev.EventColumn, $"second return for the write on line {_write.Line} (first return on line {_write.ReturnLine})");

        // Tiling: in offset order each BIO starts where the previous ended (overlaps were refused at
        // submit), the first at the write's offset; the last one's end is the cut.
        var bios = _write.Submitted;
        var expected = _write.Offset;
        for (var c = 0; c < _order.ChunkCount; c++)
        {
            foreach (var entry in _order.Chunk(c))
            {
                var b = bios[entry.Index];
                if (b.Offset != expected)
                {
                    var below = _sorted.Count == 0 ? $"its write starts at {expected}" : $"the bios below it end at {expected}";
                    throw Bad(b.SubmitLine, b.OffsetColumn,
                        $"bio {b.Id} starts at {b.Offset} but {below}: gap [{expected}, {b.Offset}); a write's bios must tile [offset, cut) from its offset (found at the return on line {n})");
                }
                expected = b.End;
                _sorted.Add(entry.Index);
            }
        }

        var value = ev.Error is { } error ? ReturnValue.Failure(error) : ReturnValue.Count(ev.Bytes);
        _write.Return(value, n, CollectionsMarshal.AsSpan(_sorted), expected);
    }

    private void Size(in TraceEvent ev, long n)
    {
        if (!_open)
            throw Bad(n, ev.EventColumn, "size before any write event: a trace starts with a write");
        if (!_write.HasReturn)
            throw Bad(n, ev.EventColumn, $"size before the return of its write (write on line {_write.Line}): size is the file size after the write");
        if (_write.NewSize is not null)
            throw Bad(n, ev.EventColumn, $"second size for the write on line {_write.Line} (first size on line {_write.SizeLine})");
        _write.Size(ev.Value, n);
    }

    private BadInputException Bad(long line, long column, string reason) => new(_file, line, column, reason);
}
