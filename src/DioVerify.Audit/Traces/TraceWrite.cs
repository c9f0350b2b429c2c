using System.Runtime.InteropServices;

namespace DioVerify.Audit.Traces;

/// <summary>
/// One complete write of a trace — request, BIOs in offset order, return value and optional size —
/// as handed out by <see cref="WriteAssembler"/>. The assembler reuses one instance for every write (that is
/// what keeps a multi-GB trace in constant memory): read what you need before asking for the next.
/// </summary>
public sealed class TraceWrite
{
    private readonly List<TraceBio> _bios = [];
    private readonly List<TraceBio> _sorted = [];
    private bool _inOrder = true;

    internal TraceWrite()
    {
    }

    /// <summary>0-based position of the write in the trace.</summary>
    public long Index { get; private set; }

    /// <summary>Line of the <c>write</c> event.</summary>
    public long Line { get; private set; }

    public long Offset { get; private set; }

    public long Length { get; private set; }

    /// <summary>The file size before the write (<c>isize</c>).</summary>
    public long FileSize { get; private set; }

    /// <summary>The written file, when the trace names it (recordings do).</summary>
    public string? File { get; private set; }

    /// <summary>How the write was issued ("sync", "io_uring", "libaio"); null when the trace does not say.</summary>
    public string? Path { get; private set; }

    /// <summary>The recording lost events: this write's BIOs, completions or return may be missing, so nothing is judged.</summary>
    public bool Incomplete { get; private set; }

    /// <summary>The submitted BIOs in ascending offset order; they tile <c>[Offset, Cut)</c>.</summary>
    public ReadOnlySpan<TraceBio> Bios => CollectionsMarshal.AsSpan(_inOrder ? _bios : _sorted);

    /// <summary>End of the submitted range: the last BIO's end, or <see cref="Offset"/> when nothing was submitted.</summary>
    public long Cut { get; private set; }

    public ReturnValue Returned { get; private set; }

    public long ReturnLine { get; private set; }

    /// <summary>The file size after the write, when the trace has a <c>size</c> event for it.</summary>
    public long? NewSize { get; private set; }

    public long SizeLine { get; private set; }

    internal bool HasReturn => ReturnLine != 0;

    /// <summary>BIOs in submission order, mutable while the write is being assembled.</summary>
    internal List<TraceBio> Submitted => _bios;

    internal void Begin(long index, long line, in TraceEvent ev)
    {
        _bios.Clear();
        _sorted.Clear();
        // Large buffers from one huge write are dropped rather than kept for the rest of the trace.
        if (_bios.Capacity > 1 << 16) _bios.Capacity = 0;
        if (_sorted.Capacity > 1 << 16) _sorted.Capacity = 0;
        _inOrder = true;
        Index = index;
        Line = line;
        Offset = ev.Offset;
        Length = ev.Length;
        FileSize = ev.FileSize;
        File = ev.File;
        Path = ev.Path;
        Incomplete = ev.Incomplete;
        Cut = ev.Offset;
        Returned = default;
        ReturnLine = 0;
        NewSize = null;
        SizeLine = 0;
    }

    /// <summary>Records the return once the assembler has checked the BIOs tile; <paramref name="order"/> is their offset order.</summary>
    internal void Return(ReturnValue value, long line, ReadOnlySpan<int> order, long cut)
    {
        Returned = value;
        ReturnLine = line;
        Cut = cut;
        _inOrder = true;
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] == i) continue;
            _inOrder = false;
            break;
        }
        if (_inOrder) return;
        foreach (var index in order) _sorted.Add(_bios[index]);
    }

    internal void Size(long value, long line)
    {
        NewSize = value;
        SizeLine = line;
    }
}
