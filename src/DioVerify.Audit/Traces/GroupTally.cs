namespace DioVerify.Audit.Traces;

/// <summary>How the writes of one group (one file, or one write size) fared: written, conforming, violating, not judged.</summary>
public sealed class GroupTally
{
    public long Writes { get; private set; }

    public long Conforming { get; private set; }

    public long Violating { get; private set; }

    /// <summary>Writes of a recording that lost events: not judged.</summary>
    public long Incomplete { get; private set; }

    internal void Add(WriteAudit audit)
    {
        Writes++;
        if (audit.Violates) Violating++;
        else if (audit.Incomplete) Incomplete++;
        else Conforming++;
    }
}
