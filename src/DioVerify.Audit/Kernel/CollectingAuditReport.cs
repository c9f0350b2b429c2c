using DioVerify.Audit.Traces;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Kernel;

/// <summary>Keeps the audits of a small trace (a kernel-audit run records one write) instead of rendering them.</summary>
internal sealed class CollectingAuditReport : IAuditReportWriter
{
    public List<WriteAudit> Writes { get; } = [];

    public void Begin(string file)
    {
    }

    public void Write(WriteAudit audit) => Writes.Add(audit);

    public void Complete(AuditSummary summary)
    {
    }

    public void Abort(BadInputException error)
    {
    }
}
