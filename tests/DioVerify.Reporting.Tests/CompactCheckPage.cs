using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Reporting.Html;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The check page reads top-down: a summary that fits one screen, the matrix, the proofs and the kill matrix as real
/// tables (never preformatted text that overflows), one legend, and the counterexamples collapsed, each one click away.
/// Its outline (elements, classes, headings, table shapes; times scrubbed) is an approved snapshot.
/// </summary>
public sealed partial class CompactCheckPage
{
    private static readonly Lazy<CheckReport> Report = new(ReportWithProofs);

    private static readonly Lazy<XDocument> Page = new(() => HtmlDocuments.Parse(CheckReportHtml.Render(Report.Value)));

    [Fact]
    public void The_proof_table_and_the_kill_matrix_are_tables_and_nothing_is_preformatted()
    {
        var body = Page.Value.Root!.Element("body")!;

        Assert.Empty(body.Descendants("pre"));
        var proofs = Assert.Single(body.WithClass("proofs"));
        Assert.Equal("table", proofs.Name.LocalName);
        Assert.Equal(PolicyCatalog.Builtin.Policies.Count, proofs.Element("tbody")!.Elements("tr").Count());
        var kill = Assert.Single(body.WithClass("kill-matrix"));
        Assert.Equal("table", kill.Name.LocalName);
        Assert.Equal(PolicyCatalog.Builtin.Policies.Sum(p => p.Expected.Violated.Count()), kill.Element("tbody")!.Elements("tr").Count());
    }

    [Fact]
    public void Every_counterexample_is_collapsed_and_one_legend_serves_them_all()
    {
        var body = Page.Value.Root!.Element("body")!;

        var collapsed = body.Elements("details").Where(d => d.HasClass("counterexample")).ToList();
        Assert.Equal(PolicyCatalog.Builtin.Policies.Sum(p => p.Expected.Violated.Count()), collapsed.Count);
        Assert.All(collapsed, d =>
        {
            Assert.Null(d.Attribute("open"));
            Assert.StartsWith("counterexample: ", d.Element("summary")!.Text());
        });
        Assert.Single(body.WithClass("legend"));
    }

    [Fact]
    public void A_summary_of_every_checker_comes_first_in_a_few_lines()
    {
        var body = Page.Value.Root!.Element("body")!;

        var summary = Assert.Single(body.WithClass("summary"));
        var before = body.Elements().TakeWhile(e => e != summary).Select(e => e.Name.LocalName).ToList();
        Assert.Equal(["h1", "p"], before);
        Assert.Equal(["exploration", "proofs", "kill matrix", "FsCheck", "problems", "counterexamples"], summary.Elements("dt").Select(dt => dt.Text()));
        Assert.Contains($"{Report.Value.Proofs!.Rows.Count} obligations", summary.Elements("dd").ElementAt(1).Text());
    }

    [Fact]
    public void Outline_of_the_check_page()
    {
        var outline = new StringBuilder();
        foreach (var element in Page.Value.Root!.Element("body")!.Elements()) Outline(element, 0, outline);

        Snapshots.Verify(Seconds().Replace(outline.ToString(), "{seconds} s"), typeof(CompactCheckPage), nameof(Outline_of_the_check_page), "explored-to-3-bios");
    }

    /// <summary>An element as a line (name, classes, and its text where it is a heading or a short label); a table as its shape.</summary>
    private static void Outline(XElement element, int depth, StringBuilder outline)
    {
        var name = element.Name.LocalName;
        var classes = (string?)element.Attribute("class") is { } c ? "." + c.Replace(' ', '.') : "";
        var line = $"{new string(' ', depth * 2)}{name}{classes}";
        switch (name)
        {
            case "table":
                var rows = element.Element("tbody")?.Elements("tr").ToList() ?? [];
                var headers = element.Element("thead")?.Descendants("th").Select(th => th.Text()) ?? [];
                outline.AppendLine($"{line} [{rows.Count} rows × {rows.FirstOrDefault()?.Elements().Count() ?? 0} columns] {string.Join(" | ", headers)}");
                return;
            case "details":
                outline.AppendLine($"{line} (collapsed{(element.Attribute("open") is null ? "" : ": OPEN")}) {element.Element("summary")?.Text()}");
                return;
            case "svg":
                outline.AppendLine(line);
                return;
            case "h1" or "h2" or "h3" or "dt" or "dd" or "summary":
                outline.AppendLine($"{line} {element.Text()}");
                return;
            case "p" or "li":
                var text = Whitespace().Replace(element.Text(), " ");
                outline.AppendLine($"{line} {(text.Length > 100 ? text[..100] + "…" : text)}");
                return;
            default:
                outline.AppendLine(line);
                foreach (var child in element.Elements()) Outline(child, depth + 1, outline);
                return;
        }
    }

    /// <summary>The explored report with a proof table whose verdicts are the catalog's, as a check run with proofs has.</summary>
    private static CheckReport ReportWithProofs()
    {
        var rows = PolicyCatalog.Builtin.Policies.SelectMany(p => PropertyCatalog.All.Select(q =>
        {
            var verdict = p.Expected.Holds(q) ? ProofVerdict.Proved : ProofVerdict.Refuted;
            var result = new ProofResult(new Obligation(p, q, 3), verdict, TimeSpan.FromSeconds(1), "z3", "bounded", null, null);
            return new ProofRow(result, [new SolverAnswer("z3", verdict.Text(), 1)]);
        })).ToList();
        return CheckReports.Explored(maxBios: 3, new ProofTable(3, "requests mapping to 0..3 BIOs", ["z3"], rows));
    }

    [GeneratedRegex(@"\d+(\.\d+)? s\b")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
