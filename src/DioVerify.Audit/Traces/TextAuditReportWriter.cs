using System.Globalization;
using System.Text;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// The human report: a header, one line per write (index, line, R, P, ✓ ✗ ? per property, verdict),
/// filtered and capped by <see cref="AuditOptions"/>, and always a summary line at the end.
/// </summary>
public sealed class TextAuditReportWriter(TextWriter output, AuditOptions? options = null) : IAuditReportWriter
{
    private readonly AuditOptions _options = options ?? AuditOptions.Default;
    private readonly StringBuilder _line = new(160);
    private long _shown;
    private long _hidden;

    public void Begin(string file) =>
        output.WriteLine($"audit of {file} (Trace v1): ✓ holds, ✗ violated, ? undecidable; P5 and P6 are always ? from a trace "
            + "(P5 needs block geometry, P6 needs more than one completion order)");

    public void Write(WriteAudit audit)
    {
        var wanted = _options.WriteLines switch
        {
            WriteLineFilter.All => true,
            WriteLineFilter.Violations => audit.Violates,
            _ => false,
        };
        if (!wanted) return;
        if (_shown >= _options.MaxWriteLines)
        {
            _hidden++;
            return;
        }
        _shown++;
        output.WriteLine(Format(audit, _line));
    }

    public void Complete(AuditSummary s)
    {
        WriteHidden();
        // Recordings name their files: then a breakdown per file and per write size shows where violations sit.
        if (s.ByFile.Count > 0)
        {
            foreach (var (file, tally) in s.ByFile) output.WriteLine(Group($"file {file}", tally));
            if (s.OtherFiles is { } otherFiles) output.WriteLine(Group("other files", otherFiles));
            foreach (var (size, tally) in s.BySize.OrderBy(kv => kv.Key)) output.WriteLine(Group($"size {size}", tally));
            if (s.OtherSizes is { } otherSizes) output.WriteLine(Group("other sizes", otherSizes));
        }
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"summary: {s.Writes} write(s), {s.Conforming} conform");
        if (s.Undecided > 0) b.Append(CultureInfo.InvariantCulture, $" ({s.Undecided} with undecided properties)");
        b.Append(CultureInfo.InvariantCulture, $", {s.Violating} violate");
        if (s.Incomplete > 0) b.Append(CultureInfo.InvariantCulture, $", {s.Incomplete} incomplete (events lost; not judged)");
        foreach (var id in PropertyVerdicts.All)
        {
            var t = s[id];
            b.Append(CultureInfo.InvariantCulture, $" | {id} ✓{t.Holds} ✗{t.Violated} ?{t.Undecided}");
        }
        output.WriteLine(b.ToString());
        output.Flush();
    }

    private static string Group(string name, GroupTally t)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}: {t.Writes} write(s), {t.Conforming} conform, {t.Violating} violate");
        return t.Incomplete > 0 ? string.Create(CultureInfo.InvariantCulture, $"{line}, {t.Incomplete} incomplete") : line;
    }

    public void Abort(BadInputException error)
    {
        WriteHidden();
        output.WriteLine($"malformed trace, no verdict: {error.Message}");
        output.Flush();
    }

    /// <summary>One write's line, e.g. <c>write #0 line 1: [0, 65536) isize 0 cut 65536 R=EIO P=0 size 0 | P1 ✓ … | conforms</c>.</summary>
    public static string Format(WriteAudit a) => Format(a, new StringBuilder(160));

    private static string Format(WriteAudit a, StringBuilder b)
    {
        b.Clear();
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"write #{a.Index} line {a.Line}: [{a.Offset}, {a.Offset + a.Length}) isize {a.FileSize} cut {a.Cut} R={a.Returned} P=");
        if (a.Prefix is { } p) b.Append(p);
        else b.Append(inv, $"{a.PrefixMin}..{a.PrefixMax}");
        if (a.InFlight > 0) b.Append(inv, $" ({a.InFlight} in flight)");
        if (a.NewSize is { } size) b.Append(inv, $" size {size}");
        b.Append(" |");
        foreach (var id in PropertyVerdicts.Ids) b.Append(' ').Append(id.ToString()).Append(' ').Append(Symbol(a.Verdicts[id]));
        b.Append(" | ");
        if (a.Violates) b.Append("VIOLATES ").AppendJoin(", ", a.Verdicts.Violated);
        else if (a.Incomplete) b.Append("INCOMPLETE, no verdict (").Append(WriteAudit.IncompleteNote).Append(')');
        else if (a.HasUndecided) b.Append("conforms as far as decidable (").AppendJoin("; ", a.Notes).Append(')');
        else b.Append("conforms");
        return b.ToString();
    }

    /// <summary>✓ holds, ✗ violated, ? undecidable.</summary>
    public static char Symbol(bool? verdict) => verdict switch
    {
        true => '✓',
        false => '✗',
        null => '?',
    };

    private void WriteHidden()
    {
        if (_hidden > 0)
            output.WriteLine($"… {_hidden} more write line(s) not shown (at most {_options.MaxWriteLines} are printed)");
    }
}
