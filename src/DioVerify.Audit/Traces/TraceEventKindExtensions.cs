namespace DioVerify.Audit.Traces;

/// <summary>The Trace v1 name of each event kind, as errors quote it whichever source the event came from.</summary>
internal static class TraceEventKindExtensions
{
    public static string Name(this TraceEventKind kind) => kind switch
    {
        TraceEventKind.Write => "write",
        TraceEventKind.Submit => "submit",
        TraceEventKind.Complete => "complete",
        TraceEventKind.Return => "return",
        TraceEventKind.Size => "size",
        _ => "unknown",
    };
}
