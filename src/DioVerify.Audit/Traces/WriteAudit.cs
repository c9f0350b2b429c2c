using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Traces;

/// <summary>
/// The audit of one traced write: what the trace says (request, cut, return, size), the contiguous
/// durable prefix <c>P</c> recomputed from its BIOs, and the three-valued verdict of each property.
/// When BIOs were still in flight at the return, <c>P</c> is only known to lie in
/// <c>[PrefixMin, PrefixMax]</c> (in-flight BIOs all failed vs all succeeded).
/// </summary>
public sealed class WriteAudit
{
    /// <summary>0-based position of the write in the trace.</summary>
    public required long Index { get; init; }

    /// <summary>Line of the write's <c>write</c> event.</summary>
    public required long Line { get; init; }

    public required long Offset { get; init; }

    public required long Length { get; init; }

    /// <summary>The file size before the write (<c>isize</c>).</summary>
    public required long FileSize { get; init; }

    public required int BioCount { get; init; }

    /// <summary>BIOs not completed when the write returned.</summary>
    public required int InFlight { get; init; }

    /// <summary>End of the submitted range.</summary>
    public required long Cut { get; init; }

    /// <summary><c>CUT?</c>: the submitted range stops short of <c>off + len</c>.</summary>
    public bool IsCut => Cut < Offset + Length;

    /// <summary><c>EIO?</c>: true when a BIO failed, null when none failed but some were in flight.</summary>
    public required bool? Eio { get; init; }

    public required long PrefixMin { get; init; }

    public required long PrefixMax { get; init; }

    /// <summary><c>P</c>, when the in-flight BIOs cannot change it.</summary>
    public long? Prefix => PrefixMin == PrefixMax ? PrefixMin : null;

    /// <summary><c>R</c>, the write's return value.</summary>
    public required ReturnValue Returned { get; init; }

    /// <summary>The traced size after the write, if any.</summary>
    public required long? NewSize { get; init; }

    public required PropertyVerdicts Verdicts { get; init; }

    /// <summary>The written file, when the trace names it.</summary>
    public string? File { get; init; }

    /// <summary>How the write was issued ("sync", "io_uring", "libaio"), when the trace says.</summary>
    public string? Path { get; init; }

    /// <summary>The recording lost events: no property is judged, and the write neither conforms nor violates.</summary>
    public bool Incomplete { get; init; }

    /// <summary>Some property is violated.</summary>
    public bool Violates => Verdicts.AnyViolated;

    /// <summary>No property is violated (undecidable ones do not count against it) and the write's events are complete.</summary>
    public bool Conforms => !Verdicts.AnyViolated && !Incomplete;

    /// <summary>Why each of P1–P4 and P7 (the properties a trace can decide) is undecided for this write, if any is.</summary>
    public IEnumerable<string> Notes => Incomplete ? [IncompleteNote] : HasUndecided ? UndecidedNotes() : [];

    /// <summary>Why an incomplete write has no verdict.</summary>
    public const string IncompleteNote = "the recording lost events, so this write's bios, completions or return may be missing: no property is judged";

    /// <summary>Some property a trace can decide (P1–P4, P7) is undecided for this write.</summary>
    public bool HasUndecided
    {
        get
        {
            foreach (var id in PropertyVerdicts.Decidable)
            {
                if (Verdicts[id] is null) return true;
            }
            return false;
        }
    }

    private IEnumerable<string> UndecidedNotes()
    {
        foreach (var id in PropertyVerdicts.Decidable)
        {
            if (Verdicts[id] is not null) continue;
            if (id == PropertyId.P4 && NewSize is null)
                yield return "P4: no size event, so the size after the write is unknown";
            else
                yield return $"{id}: depends on the outcome of {InFlight} bio(s) still in flight at the return";
        }
    }
}
