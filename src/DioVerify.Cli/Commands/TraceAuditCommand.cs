using System.CommandLine;
using System.Text;
using DioVerify.Audit.Traces;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify audit trace FILE.jsonl</c>: streams a Trace v1 file of any implementation through the trace
/// audit and judges P1-P4 and P7 per write; exits 0 if every write conforms, 1 if one violates, 65 if malformed.
/// </summary>
public static class TraceAuditCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE.jsonl") { Description = "A trace v1 file: one JSON event per line (write, submit, complete, return, size)" };
        var format = CommonOptions.Format("text", "json");
        var violationsOnly = new Option<bool>("--violations-only") { Description = "In text, list only the writes that violate a property (the summary is always printed)" };
        var maxLines = new Option<long?>("--max-lines") { Description = "In text, list at most this many writes" };
        var command = new Command("trace", "Audit a trace of any implementation: per write, recompute the durable prefix P and judge P1-P4 and P7 (true, false, or null when undecidable); exit 0 if every write conforms, 1 if one violates, 65 if the trace is malformed")
        {
            file, format, violationsOnly, maxLines,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(maxLines) is <= 0) throw CliException.Usage("--max-lines must be positive");
            var options = new AuditOptions
            {
                WriteLines = parsed.GetValue(violationsOnly) ? WriteLineFilter.Violations : WriteLineFilter.All,
                MaxWriteLines = parsed.GetValue(maxLines),
            };
            using var source = JsonlTraceSource.Open(parsed.GetValue(file)!, options.Limits);
            using var output = Console.OpenStandardOutput();
            if (parsed.GetValue(format) == "json") return TraceAudit.Run(source, new JsonAuditReportWriter(output), options.Limits).ExitCode;
            // A 64 KiB writer: a report of millions of writes goes out in large blocks, not line by line.
            using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            return TraceAudit.Run(source, new TextAuditReportWriter(text, options), options.Limits).ExitCode;
        });
        return command;
    }
}
