namespace DioVerify.Audit.Traces;

/// <summary>How an audit report is rendered.</summary>
public enum AuditFormat
{
    /// <summary>One line per write with ✓ ✗ ? per property, then a summary line.</summary>
    Text,

    /// <summary><c>{"writes": [...], "summary": {...}}</c>, streamed one write per line.</summary>
    Json,
}
