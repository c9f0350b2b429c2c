using System.CommandLine;
using DioVerify.Reporting;
using DioVerify.Verdicts.Check;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify merge REPORT.json…</c>: the K shard reports of one <c>check --shard I/K</c> run combined into the report
/// of the whole run, rendered by <c>check</c>'s own renderers and judged into the same exit code.
/// </summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("REPORT.json") { Description = "The shard reports (check --shard I/K --report FILE), one per shard, in any order", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("text", "json", "junit", "sarif");
        var html = HtmlReportOption.Create("the merged report (as check --html)");
        var reportFile = ReportFileOption.Create();
        var rules = RulesOption.Create();
        var command = new Command("merge", "Combine the shard reports of one sharded check into the full report, with the same verdicts, kill matrix and exit code as an unsharded check")
        {
            files, format, html, reportFile, rules,
        };
        command.SetAction(parsed =>
        {
            var htmlTarget = HtmlReportOption.Target(parsed.GetValue(html));
            var reportTarget = ReportFileOption.Target(parsed.GetValue(reportFile));
            // The shards of a check --rules run name the user's rules: merge resolves them in the same catalog.
            var catalog = RulesOption.Catalog(RulesOption.Load(parsed, rules));
            var shards = parsed.GetValue(files)!.Select(f => (f, CheckReportReader.ReadFile(f, catalog))).ToList();
            var report = CheckReportMerge.Merge(shards, catalog);
            return CheckReportOutput.Write(report, parsed.GetValue(format), reportTarget, htmlTarget);
        });
        return command;
    }
}
