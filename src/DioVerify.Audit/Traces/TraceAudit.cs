using System.Text;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Entry point of <c>dioverify audit trace</c>: streams a Trace v1 file through the reader, audits
/// each write and streams the report. Returns the summary of a well-formed trace (its
/// <see cref="AuditSummary.ExitCode"/> is 0 or 1); a malformed or unreadable trace throws
/// <see cref="BadInputException"/> (exit 65) after ending the report without a summary.
/// </summary>
public static class TraceAudit
{
    public static AuditSummary Run(string path, Stream output, AuditFormat format, AuditOptions? options = null)
    {
        using var reader = Open(path, options);
        return Run(reader, output, format, options);
    }

    public static AuditSummary Run(string path, TextWriter output, AuditFormat format, AuditOptions? options = null)
    {
        using var reader = Open(path, options);
        return Run(reader, output, format, options);
    }

    /// <summary>Audits a trace read from <paramref name="trace"/>; <paramref name="fileName"/> names it in errors.</summary>
    public static AuditSummary Run(Stream trace, string fileName, Stream output, AuditFormat format, AuditOptions? options = null)
    {
        using var reader = new TraceReader(trace, fileName, options?.Limits);
        return Run(reader, output, format, options);
    }

    public static AuditSummary Run(Stream trace, string fileName, TextWriter output, AuditFormat format, AuditOptions? options = null)
    {
        using var reader = new TraceReader(trace, fileName, options?.Limits);
        return Run(reader, output, format, options);
    }

    /// <summary>The audit loop itself, for callers with their own reader or report.</summary>
    public static AuditSummary Run(TraceReader reader, IAuditReportWriter report)
    {
        var summary = new AuditSummary(reader.FileName);
        report.Begin(reader.FileName);
        while (true)
        {
            TraceWrite? write;
            try
            {
                if (!reader.TryRead(out write)) break;
            }
            catch (BadInputException e)
            {
                report.Abort(e);
                throw;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var bad = new BadInputException(reader.FileName, reader.LinesRead + 1, 0, $"cannot read the trace: {e.Message}");
                report.Abort(bad);
                throw bad;
            }

            var audit = WriteAuditor.Audit(write);
            summary.Add(audit);
            report.Write(audit);
        }

        summary.Lines = reader.LinesRead;
        summary.Bytes = reader.BytesRead;
        report.Complete(summary);
        return summary;
    }

    private static AuditSummary Run(TraceReader reader, Stream output, AuditFormat format, AuditOptions? options)
    {
        if (format == AuditFormat.Json) return Run(reader, new JsonAuditReportWriter(output));
        using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        return Run(reader, new TextAuditReportWriter(text, options));
    }

    private static AuditSummary Run(TraceReader reader, TextWriter output, AuditFormat format, AuditOptions? options) =>
        Run(reader, format == AuditFormat.Json ? new JsonAuditReportWriter(output) : new TextAuditReportWriter(output, options));

    private static TraceReader Open(string path, AuditOptions? options)
    {
        try
        {
            return TraceReader.Open(path, options?.Limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read the trace: {e.Message}");
        }
    }
}
