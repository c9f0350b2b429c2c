using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Entry point of <c>dioverify audit trace</c>: pulls events from a source, assembles them into writes
/// (<see cref="WriteAssembler"/>), audits each (<see cref="WriteAuditor"/>) and streams the report.
/// Returns the summary of a well-formed trace (its <see cref="AuditSummary.ExitCode"/> is 0 or 1); a
/// malformed or unreadable trace throws <see cref="BadInputException"/> (exit 65) after ending the
/// report without a summary.
/// </summary>
public static class TraceAudit
{
    /// <summary>
    /// Audits every write of <paramref name="source"/> into <paramref name="report"/>. The source stays
    /// the caller's to dispose; <paramref name="limits"/> bounds the BIOs one write may hold.
    /// </summary>
    public static AuditSummary Run(ITraceEventSource source, IAuditReportWriter report, TraceLimits? limits = null)
    {
        var writes = new WriteAssembler(source, limits);
        var summary = new AuditSummary(source.Name);
        report.Begin(source.Name);
        while (true)
        {
            TraceWrite? write;
            try
            {
                if (!writes.TryRead(out write)) break;
            }
            catch (BadInputException e)
            {
                report.Abort(e);
                throw;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var bad = new BadInputException(source.Name, source.LinesRead + 1, 0, $"cannot read the trace: {e.Message}");
                report.Abort(bad);
                throw bad;
            }

            var audit = WriteAuditor.Audit(write);
            summary.Add(audit);
            report.Write(audit);
        }

        summary.Lines = source.LinesRead;
        summary.Bytes = source.BytesRead;
        report.Complete(summary);
        return summary;
    }
}
