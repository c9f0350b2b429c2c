using System.Text;
using DioVerify.Audit.Traces;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Tests;

/// <summary>Runs audits over in-memory traces and captures what the report receives.</summary>
internal static class Traces
{
    public const string File = "trace.jsonl";

    /// <summary>Lines joined with <c>\n</c>, with a final line break as a logger writes it.</summary>
    public static byte[] Bytes(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    public static Collected Audit(params string[] lines) => Audit(Bytes(lines));

    public static Collected Audit(byte[] trace)
    {
        var report = new CollectingReport();
        using var source = new JsonlTraceSource(new MemoryStream(trace), File);
        var summary = TraceAudit.Run(source, report);
        Assert.Same(summary, report.Summary);
        return new Collected(report.Writes, summary);
    }

    public static BadInputException Reject(params string[] lines) => Reject(Bytes(lines));

    public static BadInputException Reject(byte[] trace)
    {
        var report = new CollectingReport();
        using var source = new JsonlTraceSource(new MemoryStream(trace), File);
        var e = Assert.Throws<BadInputException>(() => TraceAudit.Run(source, report));
        Assert.Null(report.Summary);
        Assert.Same(e, report.Error);
        Assert.Equal(File, e.File);
        return e;
    }

    /// <summary>Audits one write and returns it.</summary>
    public static WriteAudit Single(params string[] lines) => Assert.Single(Audit(lines).Writes);

    public sealed record Collected(List<WriteAudit> Writes, AuditSummary Summary);

    private sealed class CollectingReport : IAuditReportWriter
    {
        public List<WriteAudit> Writes { get; } = [];

        public AuditSummary? Summary { get; private set; }

        public BadInputException? Error { get; private set; }

        public void Begin(string file)
        {
        }

        public void Write(WriteAudit audit) => Writes.Add(audit);

        public void Complete(AuditSummary summary) => Summary = summary;

        public void Abort(BadInputException error) => Error = error;
    }
}
