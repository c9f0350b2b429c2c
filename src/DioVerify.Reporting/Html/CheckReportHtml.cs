using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// The check report as HTML: the policy × property matrix, the proofs and the kill matrix as real tables, FsCheck,
/// the problems, and every counterexample a refuted cell links to.
/// </summary>
public static class CheckReportHtml
{
    public static string Render(CheckReport report)
    {
        var exploration = report.Exploration;
        var proofs = report.Proofs;
        var counterexamples = exploration.Rows.SelectMany(row => row.Cells
            .Where(c => c.Value.Counterexample is not null)
            .OrderBy(c => c.Key)
            .Select(c => CounterexampleReportHtml.Collapsed(CounterexampleStory.Of(Replay.Run(row.Policy, c.Value.Counterexample!), c.Key), AnchorOf(row.Policy, c.Key))))
            .ToList();
        return HtmlPage.Document("dioverify check",
            E("p", Class(report.Outcome == CheckOutcome.AsExpected ? "status holds" : "status fails"), CheckReportText.Closing(report).TrimEnd()),
            Summary(report, counterexamples.Count),
            E("h2", "Exploration: every policy × property"),
            Matrix(exploration, proofs),
            E("p", Class("note"),
                $"holds = no violation up to {exploration.MaxBios} BIOs; refuted@n = the smallest violating schedule has n BIOs (replayed and confirmed); " +
                "a refuted cell links to its counterexample below. The time is the policy's: one exploration judges all seven properties."),
            E("h2", "Proofs"),
            proofs is null ? E("p", Class("note"), "Not run (--no-proofs).") : ProofTable(proofs),
            E("h2", "Kill matrix"),
            KillMatrixTable(report.KillMatrix),
            E("h2", "FsCheck"),
            E("p", CheckReportText.FsCheck(report.FsCheck).Split('\n')[0]),
            report.Problems.Count == 0 ? null : E("h2", "Problems"),
            report.Problems.Count == 0 ? null : E("ul", report.Problems.Select(p => E("li", Class("fails"), $"({CheckReportText.Kind(p.Kind)}) {p}"))),
            E("h2", "Counterexamples"),
            E("p", Class("note"), $"{counterexamples.Count} counterexample(s), each collapsed: open one by its title or by a refuted cell above. One legend serves every sector map."),
            SectorLegend.Render(),
            counterexamples);
    }

    /// <summary>
    /// What a reader needs first, in a few lines that fit one screen: each checker's totals and what is not as
    /// expected; the tables and counterexamples below hold the detail.
    /// </summary>
    private static XElement Summary(CheckReport report, int counterexamples)
    {
        var exploration = report.Exploration;
        var cells = exploration.Rows.SelectMany(r => r.Cells.Values).ToList();
        var proofs = report.Proofs?.Rows;
        var killMatrix = report.KillMatrix;
        return E("dl", Class("summary"),
            E("dt", "exploration"),
            E("dd", $"{exploration.Rows.Count} policies × {PropertyCatalog.All.Count} properties: {cells.Count(c => c.RefutedAtBios is not null)} refuted, {cells.Count(c => c.RefutedAtBios is null)} hold, " +
                $"{exploration.Schedules:N0} schedules at 0..{exploration.MaxBios} BIOs in {exploration.Elapsed.TotalSeconds:F1} s; " +
                (exploration.NotAsExpected == 0 ? "every verdict as expected" : $"{exploration.NotAsExpected} verdict(s) NOT as expected")),
            E("dt", "proofs"),
            E("dd", proofs is null ? "not run (--no-proofs)"
                : $"{proofs.Count} obligations: {proofs.Count(r => r.Result.Verdict == ProofVerdict.Proved)} proved, {proofs.Count(r => r.Result.Verdict == ProofVerdict.Refuted)} refuted, " +
                  $"{proofs.Count(r => r.Result.Verdict == ProofVerdict.Unknown)} unknown, {proofs.Count(r => r.Judgement.Fails())} not as expected"),
            E("dt", "kill matrix"),
            E("dd", $"{killMatrix.Rows.Count} planted faults × {killMatrix.Columns.Count} checkers; {killMatrix.Missed.Count()} missed by some checker"),
            E("dt", "FsCheck"),
            E("dd", CheckReportText.FsCheck(report.FsCheck).Split('\n')[0]),
            E("dt", "problems"),
            E("dd", Class(report.Problems.Count == 0 ? "holds" : "fails"), report.Problems.Count == 0 ? "none" : $"{report.Problems.Count}, listed below the tables"),
            E("dt", "counterexamples"),
            E("dd", $"{counterexamples}, collapsed at the end of the page"));
    }

    /// <summary>The id of the section holding the counterexample of <paramref name="policy"/> for <paramref name="property"/>.</summary>
    public static string AnchorOf(IPolicy policy, PropertyId property) => $"cex-{policy.Name}-{property}";

    private static XElement Header(string first, IEnumerable<string> columns, params string[] last) =>
        E("thead", E("tr", E("th", first), columns.Select(c => E("th", c)), last.Select(l => E("th", l))));

    private static IEnumerable<XElement> PropertyHeaders() =>
        PropertyCatalog.All.Select(p => E("th", A("title", PropertyCatalog.NameOf(p)), $"{p} {PropertyCatalog.NameOf(p)}"));

    private static XElement Matrix(ExplorationTable exploration, ProofTable? proofs) =>
        E("table", Class("matrix"),
            E("thead", E("tr", E("th", "policy"), PropertyHeaders(), E("th", "time"), E("th", "verdict"))),
            E("tbody", exploration.Rows.Select(row => E("tr",
                E("th", row.Policy.Name),
                PropertyCatalog.All.Select(p => Cell(row.Policy, p, row.Cells[p], proofs?.Rows.SingleOrDefault(r => r.Obligation.Policy.Name == row.Policy.Name && r.Obligation.Property == p))),
                E("td", Class("number"), $"{row.Elapsed.TotalSeconds:F3} s"),
                E("td", Class(row.AsExpected ? "holds" : "fails"), row.AsExpected ? "as expected" : "NOT AS EXPECTED")))));

    private static XElement Cell(IPolicy policy, PropertyId property, CheckCell cell, ProofRow? proof)
    {
        var kind = cell.RefutedAtBios is null ? cell.Judgement == Judgement.AsExpected ? "holds" : "missed" : cell.Judgement == Judgement.AsExpected ? "refuted" : "refuted unexpected";
        var title = $"{cell.Violations:N0} violating schedule(s); expected to {(cell.ExpectedToHold ? "hold" : "fail")}";
        return E("td", Class($"cell {kind}"), A("title", title),
            cell.Counterexample is null ? cell.Text : E("a", A("href", $"#{AnchorOf(policy, property)}"), cell.Text),
            proof is null ? null : ProofLine(proof));
    }

    /// <summary>The obligation's verdict and total solving time, each solver's answer in the tooltip.</summary>
    private static XElement ProofLine(ProofRow row) =>
        E("div", Class("proof"),
            A("title", string.Join("; ", row.Answers.Select(a => $"{a.Solver}: {a.Verdict} in {a.Seconds:F2} s"))),
            $"{row.Result.Verdict.Text()} · {row.Answers.Sum(a => a.Seconds):F2} s");

    private static XElement[] ProofTable(ProofTable proofs) =>
    [
        E("p", Class("note"), $"Decided by {string.Join(", ", proofs.Solvers)}; n/{proofs.Solvers.Count} = solvers giving the verdict. Domain of every proof: {proofs.Domain}."),
        E("table", Class("proofs"),
            E("thead", E("tr", E("th", "policy"), PropertyHeaders())),
            E("tbody", proofs.Rows.GroupBy(r => r.Obligation.Policy.Name).Select(g => E("tr",
                E("th", g.Key),
                g.OrderBy(r => r.Obligation.Property).Select(r => E("td",
                    Class(r.Judgement == Judgement.AsExpected ? "holds" : "fails"),
                    A("title", r.Result.InternalError ?? r.Result.Reason ?? r.Result.Method),
                    $"{Expectation.Cell(r.Judgement, r.Result.Verdict.Text())} {r.Agreeing}/{r.Answers.Count}")))))),
    ];

    private static XElement KillMatrixTable(KillMatrix matrix) =>
        E("table", Class("kill-matrix"),
            Header("planted fault", matrix.Columns),
            E("tbody", matrix.Rows.Select(row => E("tr",
                E("th", $"{row.Policy} {row.Property}"),
                row.Entries.Select(e => E("td", Class(e.Judgement == Judgement.AsExpected ? "holds" : "fails"), e.Text))))));
}
