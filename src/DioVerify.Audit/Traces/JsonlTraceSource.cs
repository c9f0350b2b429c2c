using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// The events of a Trace v1 JSONL file: one JSON object per line, parsed strictly by
/// <see cref="TraceEventParser"/>, read through one reusable buffer so a trace of any size streams in
/// memory bounded by <see cref="TraceLimits.MaxLineBytes"/>. Blank lines, bad JSON and bad fields throw
/// <see cref="BadInputException"/> with file, line and byte column.
/// </summary>
public sealed class JsonlTraceSource : ITraceEventSource
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly TraceLineReader _lines;

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public JsonlTraceSource(Stream stream, string name, TraceLimits? limits = null, bool leaveOpen = true)
    {
        _stream = stream;
        _ownsStream = !leaveOpen;
        Name = name;
        _lines = new TraceLineReader(stream, name, (limits ?? TraceLimits.Default).MaxLineBytes);
    }

    /// <summary>
    /// Opens the trace file at <paramref name="path"/> for one sequential pass. A file that cannot be
    /// opened is bad input (exit 65) at line 0, like any other trace the audit cannot read.
    /// </summary>
    public static JsonlTraceSource Open(string path, TraceLimits? limits = null)
    {
        try
        {
            // bufferSize 1 turns FileStream's own buffer off: the line reader already reads in large blocks.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return new JsonlTraceSource(stream, path, limits, leaveOpen: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read the trace: {e.Message}");
        }
    }

    public string Name { get; }

    public long LinesRead => _lines.LineNumber;

    public long BytesRead => _lines.BytesRead;

    public bool TryRead(out TraceEvent ev)
    {
        if (!_lines.TryReadLine(out var line))
        {
            ev = default;
            return false;
        }
        if (IsBlank(line))
            throw new BadInputException(Name, _lines.LineNumber, 1, "blank line: every line of a trace is one JSON object");
        TraceEventParser.Parse(line, Name, _lines.LineNumber, out ev);
        return true;
    }

    public void Dispose()
    {
        if (_ownsStream) _stream.Dispose();
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
