using System.Text;
using DioVerify.Engine.Model;

namespace DioVerify.Audit.Kernel;

/// <summary>The kernel audit as a table a person reads: one row per (filesystem, scenario), then the notes.</summary>
public static class KernelReportText
{
    public static string Render(KernelReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"kernel audit on Linux {report.Kernel}: O_DIRECT pwrite on loop devices over a DioVerify FUSE disk");
        text.AppendLine("P = durable prefix (stamped sectors the device holds), R = what pwrite returned; ✓ holds, ✗ violated");
        text.AppendLine();
        var header = $"{"fs",-6} {"scenario",-21} {"R",10} {"P",10} {"size",10} {"blocks",7}  " +
                     string.Join(" ", KernelJudgement.Judged.Select(id => id.ToString()));
        text.AppendLine(header);
        text.AppendLine(new string('-', header.Length));
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            var returned = o.Returned < 0 ? Errno.Name(-o.Returned) : o.Returned.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var verdicts = string.Join(" ", KernelJudgement.Judged.Select(id => result.Properties[id] ? " ✓" : " ✗"));
            text.AppendLine($"{o.FileSystem,-6} {o.Scenario.Name,-21} {returned,10} {result.Prefix,10} {o.SizeAfter,10} {o.AllocatedBytes / 512,7}  {verdicts}");
        }

        text.AppendLine();
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            text.AppendLine($"{o.FileSystem} {o.Scenario.Name}: {o.Scenario.Story}");
            foreach (var note in result.Notes) text.AppendLine($"  - {note}");
            if (result.Trace is { } trace)
            {
                var bios = trace.Audit is { } a ? $", {a.BioCount} bio(s)" : "";
                text.AppendLine(trace.NotCompared is { } why ? $"  - trace {trace.File}: not compared: {why}"
                    : trace.Agrees
                    ? $"  - trace {trace.File}{bios}: audit trace agrees on P1-P4 and P7"
                    : $"  - trace {trace.File}{bios}: DISAGREES: {string.Join("; ", trace.Disagreements)}");
            }
        }

        var conforming = report.Results.Count(r => r.Conforms);
        text.AppendLine();
        text.AppendLine($"{conforming} of {report.Results.Count} runs conform to P1-P5 and P7");
        return text.ToString();
    }
}
