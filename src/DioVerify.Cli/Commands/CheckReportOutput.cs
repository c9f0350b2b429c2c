using DioVerify.Reporting;
using DioVerify.Reporting.Html;
using DioVerify.Verdicts.Check;

namespace DioVerify.Cli.Commands;

/// <summary>How <c>check</c> and <c>merge</c> hand a check report to the user: the report file, stdout in the chosen format, the HTML page.</summary>
public static class CheckReportOutput
{
    /// <summary>Writes <paramref name="report"/> everywhere it was asked for and returns the exit code its outcome means.</summary>
    public static int Write(CheckReport report, string? format, string? reportTarget, string? htmlTarget)
    {
        ReportFileOption.Write(reportTarget, report);
        Console.Write(format switch
        {
            "json" => CheckReportJson.Render(report),
            "junit" => CheckReportJUnit.Render(report),
            "sarif" => CheckReportSarif.Render(report, RepoRoot.Find()),
            _ => CheckReportText.Render(report),
        });
        HtmlReportOption.Write(htmlTarget, () => CheckReportHtml.Render(report));
        return (int)CheckCommand.ExitOf(report.Outcome);
    }
}
