using System.Globalization;
using System.Xml.Linq;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary>
/// <c>check --format junit</c>: one suite per checker — exploration and FsCheck a testcase per policy × property,
/// proofs a testcase per obligation, the kill matrix a testcase per planted-fault column. A verdict not as expected
/// is a failure; an unknown or an internal contradiction an error.
/// </summary>
public static class CheckReportJUnit
{
    public static string Render(CheckReport report)
    {
        var timestamp = (report.StartedAt ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var suites = new List<XElement>
        {
            Suite("dioverify check: exploration", report.Exploration.Elapsed, report.Exploration.Rows.SelectMany(row =>
                row.Cells.OrderBy(c => c.Key).Select(c => Case(row.Policy.Name, c.Key, c.Value.Text, c.Value.Judgement, null, c.Value.Counterexample)))),
            Suite("dioverify check: fscheck", report.FsCheck.Elapsed, report.FsCheck.Cells.Select(c =>
                Case(c.Policy.Name, c.Property, c.Text, c.Judgement, null, c.Shrunk))),
        };
        if (report.Proofs is { } proofs)
        {
            suites.Add(Suite("dioverify check: proofs", proofs.InProcess, proofs.Rows.Select(r =>
                Case(r.Obligation.Policy.Name, r.Obligation.Property, $"{r.Result.Verdict.Text()} {r.Agreeing}/{r.Answers.Count} ({proofs.Domain})", r.Judgement, r.Result.InternalError ?? r.Result.Reason, r.Result.Counterexample, r.Result.Elapsed))));
        }
        else
        {
            suites.Add(Suite("dioverify check: proofs", TimeSpan.Zero, [Skipped("dioverify.proofs", "proofs", "the proof half did not run (--no-proofs)")]));
        }

        var matrix = report.KillMatrix;
        suites.Add(Suite("dioverify check: kill matrix", TimeSpan.Zero, matrix.Rows.SelectMany(row =>
            matrix.Columns.Zip(row.Entries).Select(pair => pair.Second.Ran
                ? Case($"{row.Policy}.{pair.First}", row.Property, pair.Second.Text, pair.Second.Judgement, null, null)
                : Skipped($"dioverify.{row.Policy}.{pair.First}", $"{row.Property} {PropertyCatalog.NameOf(row.Property)}", $"not run in shard {report.Shard}: another shard's report has it")))));
        suites.Add(Suite("dioverify check: problems", TimeSpan.Zero, report.Problems.Select(p =>
            new XElement("testcase", new XAttribute("classname", "dioverify.problems"), new XAttribute("name", p.Subject), new XAttribute("time", "0.000"),
                new XElement(p.Kind == ProblemKind.Mismatch ? "failure" : "error", new XAttribute("message", $"{CheckReportText.Kind(p.Kind)}: {p.Message}"))))));
        foreach (var suite in suites) suite.Add(new XAttribute("timestamp", timestamp));
        var root = new XElement("testsuites",
            new XAttribute("name", report.Shard is { } shard ? $"dioverify check (shard {shard})" : "dioverify check"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(report.WallTime ?? TimeSpan.Zero)),
            new XAttribute("timestamp", timestamp),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static XElement Suite(string name, TimeSpan time, IEnumerable<XElement> cases)
    {
        var list = cases.ToList();
        return new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", list.Count),
            new XAttribute("failures", list.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", list.Count(c => c.Element("error") is not null)),
            new XAttribute("skipped", list.Count(c => c.Element("skipped") is not null)),
            new XAttribute("time", Seconds(time)),
            list);
    }

    private static XElement Case(string policy, PropertyId property, string verdict, Judgement judgement, string? detail, Schedule? counterexample, TimeSpan? time = null)
    {
        var testcase = new XElement("testcase",
            new XAttribute("classname", $"dioverify.{policy}"),
            new XAttribute("name", $"{property} {PropertyCatalog.NameOf(property)}"),
            new XAttribute("time", Seconds(time ?? TimeSpan.Zero)));
        var body = counterexample is null ? detail ?? "" : ScheduleWriter.Write(counterexample);
        if (judgement.Fails()) testcase.Add(new XElement("failure", new XAttribute("message", $"{verdict}: {judgement.Label()}"), body));
        else if (judgement == Judgement.Unknown) testcase.Add(new XElement("error", new XAttribute("message", $"{verdict}: {detail}")));
        else testcase.Add(new XElement("system-out", $"{verdict}: {judgement.Label()}"));
        return testcase;
    }

    /// <summary>A check that did not run here: JUnit's <c>skipped</c>, neither passed nor failed.</summary>
    private static XElement Skipped(string classname, string name, string why) =>
        new("testcase", new XAttribute("classname", classname), new XAttribute("name", name), new XAttribute("time", "0.000"),
            new XElement("skipped", new XAttribute("message", why)));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
}
