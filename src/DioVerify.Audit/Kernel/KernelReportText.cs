using DioVerify.Linux.Io;
using System.Globalization;
using System.Text;
using DioVerify.Engine.Model;

namespace DioVerify.Audit.Kernel;

/// <summary>The kernel audit as a table a person reads: one row per run, then the notes, what was skipped, and the baseline's verdict.</summary>
public static class KernelReportText
{
    public static string Render(KernelReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"kernel audit on Linux {report.Kernel}: O_DIRECT writes on loop devices over a DioVerify FUSE disk");
        text.AppendLine("P = durable prefix (stamped sectors the device holds), R = what the write returned; ✓ holds, ✗ violated (! not as the scenario expects);");
        text.AppendLine("rule = the kernel rule file's prediction from the observed BIO outcomes: = conforms, ≠ differs");
        text.AppendLine();
        var header = $"{"fs",-13} {"scenario",-21} {"path",-7} {"sect",4} {"R",10} {"P",10} {"size",10} {"past EOF",9}  " +
                     string.Join(" ", KernelJudgement.Judged.Select(id => id.ToString())) + "  rule";
        text.AppendLine(header);
        text.AppendLine(new string('-', header.Length));
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            var returned = o.Returned < 0 ? Errno.Name(-o.Returned) : o.Returned.ToString(CultureInfo.InvariantCulture);
            var verdicts = string.Join(" ", KernelJudgement.Judged.Select(id => (result.Properties[id] ? " ✓" : " ✗") + (result.Properties[id] == result.Expected[id] ? "" : "!")).Select(v => v.PadRight(2)));
            var rule = result.Rule is { } r ? $"{(r.Conforms ? "=" : "≠")} {r.Rule}" : "-";
            text.AppendLine($"{o.FileSystem,-13} {o.Scenario.Name,-21} {o.Path.Format(),-7} {o.SectorSize,4} {returned,10} {result.Prefix,10} {o.SizeAfter,10} {KernelJudge.PastEof(o),9}  {verdicts}  {rule}");
        }

        text.AppendLine();
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            var label = o.Scenario.FileSystems.FirstOrDefault(f => f.Name == o.FileSystem)?.Label;
            text.AppendLine($"{o.FileSystem}{(label is null ? "" : $" ({label})")} {o.Scenario.Name} {o.Path.Format()} {o.SectorSize}: {o.Scenario.Story}");
            foreach (var note in result.Notes) text.AppendLine($"  - {note}");
            if (result.Rule is { } rule)
            {
                text.AppendLine(rule.Conforms
                    ? $"  - conforms to {rule.Rule} ({rule.Bios} BIOs, {rule.FailedBios} failed{(rule.Cut ? ", cut" : "")})"
                    : $"  - does NOT conform to {rule.Rule} ({rule.Bios} BIOs, {rule.FailedBios} failed{(rule.Cut ? ", cut" : "")}): {string.Join("; ", rule.Differences)}");
            }

            if (result.Trace is { } trace)
            {
                var bios = trace.Audit is { } a ? $", {a.BioCount} bio(s)" : "";
                text.AppendLine(trace.NotCompared is { } why ? $"  - trace {trace.File}: not compared: {why}"
                    : trace.Agrees
                    ? $"  - trace {trace.File}{bios}: audit trace agrees on P1-P4 and P7"
                    : $"  - trace {trace.File}{bios}: DISAGREES: {string.Join("; ", trace.Disagreements)}");
            }
        }

        text.AppendLine();
        foreach (var skip in report.Skipped) text.AppendLine($"skipped {skip.What}: {skip.Reason}");
        var conforming = report.Results.Count(r => r.Conforms);
        var expected = report.Results.Count(r => r.AsExpected);
        var ruled = report.Results.Where(r => r.Rule is not null).ToList();
        text.AppendLine($"covered: filesystems {string.Join(", ", report.FileSystems)}; paths {string.Join(", ", report.Paths)}; sector sizes {string.Join(", ", report.SectorSizes)}");
        text.AppendLine($"{conforming} of {report.Results.Count} runs conform to P1-P5 and P7; {expected} as their scenarios expect; the kernel conforms to its modelled rule in {ruled.Count(r => r.Rule!.Conforms)} of {ruled.Count}");
        if (report.Baseline is { } baseline)
        {
            var kernel = baseline.SameKernel ? "" : $" (recorded on Linux {baseline.RecordedKernel})";
            if (baseline.AsOnRecord) text.AppendLine($"as on record in {baseline.File}{kernel}: all {baseline.Compared} runs");
            else
            {
                text.AppendLine($"CHANGED from {baseline.File}{kernel}: {baseline.Differences.Count} difference(s)");
                foreach (var d in baseline.Differences) text.AppendLine($"  - {d}");
            }
        }

        return text.ToString();
    }
}
