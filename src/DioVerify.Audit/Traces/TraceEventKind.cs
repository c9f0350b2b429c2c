namespace DioVerify.Audit.Traces;

/// <summary>The five events of Trace v1 (the <c>"event"</c> field).</summary>
public enum TraceEventKind : byte
{
    None,
    Write,
    Submit,
    Complete,
    Return,
    Size,
}
