namespace DioVerify.Audit.Traces;

/// <summary>
/// Where a trace's events come from, one at a time and in order: a JSONL file today
/// (<see cref="JsonlTraceSource"/>), the kernel's tracepoints later. A source owns the syntax of its
/// records; the protocol across events belongs to <see cref="WriteAssembler"/>, so every source is
/// held to the same rules with the same messages.
/// </summary>
public interface ITraceEventSource : IDisposable
{
    /// <summary>Names the trace in reports and in errors (for a file, its path).</summary>
    string Name { get; }

    /// <summary>Lines consumed so far (records, for a source without lines): the line of the last event read.</summary>
    long LinesRead { get; }

    /// <summary>Bytes consumed so far.</summary>
    long BytesRead { get; }

    /// <summary>
    /// The next event, or false at the end of the trace. <paramref name="ev"/> carries its line and
    /// columns. A record that is not a well-formed event throws <see cref="Engine.Input.BadInputException"/>
    /// naming <see cref="Name"/>, line and column.
    /// </summary>
    bool TryRead(out TraceEvent ev);
}
