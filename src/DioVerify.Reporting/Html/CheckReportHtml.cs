using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Smt.Record;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>The check report as HTML: the policy × property matrix, the proofs if they ran, the kill matrix, and every counterexample a refuted cell links to.</summary>
public static class CheckReportHtml
{
    /// <param name="rows">The check table (<see cref="CheckTable.Build"/>).</param>
    /// <param name="results">The exploration results the table was built from, for the times.</param>
    /// <param name="maxBios">The exploration bound.</param>
    /// <param name="proofs">The proof half's table as text, or null when proofs did not run.</param>
    /// <param name="killMatrix">The kill matrix and FsCheck's summary, as text.</param>
    /// <param name="proofAnswers">Each obligation's solver answers and times, shown in its cell; null when proofs did not run.</param>
    public static string Render(
        IReadOnlyList<CheckRow> rows,
        IReadOnlyList<ExploreResult> results,
        int maxBios,
        string? proofs,
        string killMatrix,
        IReadOnlyDictionary<(string Policy, PropertyId Property), IReadOnlyList<SolverAnswer>>? proofAnswers = null)
    {
        var bad = rows.Sum(r => r.Cells.Values.Count(c => !c.AsExpected));
        var seconds = results.Sum(r => r.Elapsed.TotalSeconds);
        return HtmlPage.Document("dioverify check",
            E("p", Class(bad == 0 ? "status holds" : "status fails"),
                $"{results.Sum(r => r.Schedules):N0} schedules in {seconds:F1} s of exhaustive exploration at 0..{maxBios} BIOs; " +
                (bad == 0 ? "every verdict as expected" : $"{bad} verdict(s) NOT as expected")),
            E("h2", "Exploration: every policy × property"),
            Matrix(rows, results, proofAnswers),
            E("p", Class("note"),
                $"holds = no violation up to {maxBios} BIOs; refuted@n = the smallest violating schedule has n BIOs (replayed and confirmed); " +
                "a refuted cell links to its counterexample below. The time is the policy's: one exploration judges all seven properties."),
            E("h2", "Proofs"),
            proofs is null ? E("p", Class("note"), "Not run (--no-proofs).") : E("pre", proofs),
            E("h2", "Kill matrix and FsCheck"),
            E("pre", killMatrix),
            E("h2", "Counterexamples"),
            rows.SelectMany(row => row.Cells
                .Where(c => c.Value.Counterexample is not null)
                .OrderBy(c => c.Key)
                .Select(c => CounterexampleReportHtml.Section(CounterexampleStory.Of(Replay.Run(row.Policy, c.Value.Counterexample!), c.Key), AnchorOf(row.Policy, c.Key)))));
    }

    /// <summary>The id of the section holding the counterexample of <paramref name="policy"/> for <paramref name="property"/>.</summary>
    public static string AnchorOf(IPolicy policy, PropertyId property) => $"cex-{policy.Name}-{property}";

    private static XElement Matrix(
        IReadOnlyList<CheckRow> rows,
        IReadOnlyList<ExploreResult> results,
        IReadOnlyDictionary<(string Policy, PropertyId Property), IReadOnlyList<SolverAnswer>>? proofAnswers) =>
        E("table", Class("matrix"),
            E("thead", E("tr",
                E("th", "policy"),
                PropertyCatalog.All.Select(p => E("th", A("title", PropertyCatalog.NameOf(p)), $"{p} {PropertyCatalog.NameOf(p)}")),
                E("th", "time"),
                E("th", "verdict"))),
            E("tbody", rows.Select(row => E("tr",
                E("th", row.Policy.Name),
                PropertyCatalog.All.Select(p => Cell(row.Policy, p, row.Cells[p], proofAnswers?.GetValueOrDefault((row.Policy.Name, p)))),
                E("td", Class("number"), $"{results.Where(r => r.Policy == row.Policy).Sum(r => r.Elapsed.TotalSeconds):F3} s"),
                E("td", Class(row.AsExpected ? "holds" : "fails"), row.AsExpected ? "as expected" : "NOT AS EXPECTED")))));

    private static XElement Cell(IPolicy policy, PropertyId property, CheckCell cell, IReadOnlyList<SolverAnswer>? proof)
    {
        var kind = cell.RefutedAtBios is null ? cell.AsExpected ? "holds" : "missed" : cell.AsExpected ? "refuted" : "refuted unexpected";
        var title = $"{cell.Violations:N0} violating schedule(s); expected to {(cell.ExpectedToHold ? "hold" : "fail")}";
        return E("td", Class($"cell {kind}"), A("title", title),
            cell.Counterexample is null ? cell.Text : E("a", A("href", $"#{AnchorOf(policy, property)}"), cell.Text),
            proof is null ? null : ProofLine(proof));
    }

    /// <summary>The obligation's verdict and total solving time, each solver's answer in the tooltip (check has made them agree).</summary>
    private static XElement ProofLine(IReadOnlyList<SolverAnswer> answers) =>
        E("div", Class("proof"),
            A("title", string.Join("; ", answers.Select(a => $"{a.Solver}: {a.Verdict} in {a.Seconds:F2} s"))),
            $"{answers[0].Verdict} · {answers.Sum(a => a.Seconds):F2} s");
}
