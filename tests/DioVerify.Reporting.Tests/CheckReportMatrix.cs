using DioVerify.Verdicts;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Reporting.Html;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The check report's policy × property matrix: a cell per pair with the text check prints, and each refuted
/// cell a link to the section holding its counterexample, which tells that policy's story for that property.
/// </summary>
public sealed class CheckReportMatrix
{
    private const int MaxBios = 3;

    private static readonly Lazy<IReadOnlyList<CheckRow>> Rows = new(() => CheckReports.Explored(MaxBios).Exploration.Rows);

    /// <summary>The check report of an exhaustive exploration at 0..<paramref name="maxBios"/> BIOs, without proofs.</summary>
    public static string Render(int maxBios) => CheckReportHtml.Render(CheckReports.Explored(maxBios));

    [Fact]
    public void With_proofs_each_cell_shows_the_obligations_verdict_and_solving_time()
    {
        var policy = PolicyCatalog.Builtin.Policies.Single(p => p.Name == "contiguous-prefix");
        var result = new ProofResult(new Obligation(policy, PropertyId.P1, MaxBios), ProofVerdict.Proved, TimeSpan.FromSeconds(0.25), "z3", "bounded", null, null);
        SolverAnswer[] answers = [new("z3-api", "proved", 0.25), new("z3-cli", "proved", 0.5), new("cvc5", "proved", 1.0)];
        var table = new ProofTable(MaxBios, "the test's domain", ["z3-api", "z3-cli", "cvc5"], [new ProofRow(result, answers)]);
        var doc = HtmlDocuments.Parse(CheckReportHtml.Render(CheckReports.Explored(MaxBios, table)));

        var proofs = doc.Root!.WithClass("proof").ToList();
        var line = Assert.Single(proofs);
        Assert.Equal("proved · 1.75 s", line.Text());
        Assert.Equal("z3-api: proved in 0.25 s; z3-cli: proved in 0.50 s; cvc5: proved in 1.00 s", line.Attribute("title")!.Value);
    }

    [Fact]
    public void Every_policy_has_a_row_with_a_cell_per_property_reading_as_the_text_table()
    {
        var doc = HtmlDocuments.Parse(Render(MaxBios));

        var rows = doc.Root!.WithClass("matrix").Single().Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(PolicyCatalog.Builtin.Policies.Select(p => p.Name), rows.Select(r => r.Element("th")!.Text()));
        foreach (var (row, html) in Rows.Value.Zip(rows))
        {
            Assert.Equal(PropertyCatalog.All.Select(p => row.Cells[p].Text), html.WithClass("cell").Select(td => td.Text()));
            Assert.Equal(row.AsExpected ? "as expected" : "NOT AS EXPECTED", html.Elements("td").Last().Text());
        }
    }

    [Fact]
    public void Each_refuted_cell_links_to_a_section_with_that_policy_s_counterexample_and_no_other_cell_links()
    {
        var doc = HtmlDocuments.Parse(Render(MaxBios));
        // Each counterexample is collapsed (<details>) under its title (<summary>): closed until a link or a click opens it.
        var sections = doc.Descendants("details").Where(s => s.Attribute("id") is not null).ToDictionary(s => (string)s.Attribute("id")!);
        Assert.All(sections.Values, s => Assert.Null(s.Attribute("open")));

        var rows = doc.Root!.WithClass("matrix").Single().Element("tbody")!.Elements("tr");
        var links = 0;
        foreach (var (row, html) in Rows.Value.Zip(rows))
        {
            foreach (var (property, cell) in PropertyCatalog.All.Zip(html.WithClass("cell")))
            {
                var link = cell.Element("a");
                if (Rows.Value.Single(r => r.Policy == row.Policy).Cells[property].Counterexample is null)
                {
                    Assert.Null(link);
                    continue;
                }

                links++;
                var id = ((string)link!.Attribute("href")!)[1..];
                Assert.Equal(CheckReportHtml.AnchorOf(row.Policy, property), id);
                Assert.True(sections.TryGetValue(id, out var section), $"no section with id {id}");
                Assert.StartsWith($"counterexample: {row.Policy.Name} violates {property} {PropertyCatalog.NameOf(property)}", section.Element("summary")!.Text());
                Assert.Single(section.WithClass("sector-map"));
            }
        }

        // Every planted fault is refuted by 3 BIOs, so every one of them has a link.
        Assert.Equal(PolicyCatalog.Builtin.Policies.Sum(p => p.Expected.Violated.Count()), links);
        Assert.Equal(links, sections.Count);
    }
}
