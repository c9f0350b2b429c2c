using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>Receives an audit as it streams: each write's verdicts as soon as it is audited, then the summary or the error.</summary>
public interface IAuditReportWriter
{
    void Begin(string file);

    void Write(WriteAudit audit);

    /// <summary>The trace was well-formed to the end.</summary>
    void Complete(AuditSummary summary);

    /// <summary>
    /// The trace turned out malformed after some writes were reported: the report must end without a
    /// summary, so nothing downstream can read a verdict on garbage.
    /// </summary>
    void Abort(BadInputException error);
}
