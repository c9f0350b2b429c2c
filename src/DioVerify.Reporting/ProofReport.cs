using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary>Proof results rendered three ways — a table, JSON, JUnit XML — from the same data.</summary>
public static class ProofReport
{
    /// <summary>How a verdict reads against the catalog, in the one vocabulary of <see cref="Expectation.Label"/>.</summary>
    public static string Expectation(ProofResult r) =>
        r.InternalError is not null ? "INTERNAL ERROR" : r.Judgement.Label();

    /// <summary>The table, its totals and domains, then every refutation with the counterexample shown for it.</summary>
    /// <param name="refutations">The counterexample to show per refuted obligation (minimised by the caller); without
    /// it, the first refutation's solver model is printed as schedule v1.</param>
    public static string Text(IReadOnlyList<ProofResult> results, IReadOnlyList<ShownRefutation>? refutations = null)
    {
        var text = new StringBuilder();
        // Every proved verdict points at the domain it covers ([d1], …), listed under the table: no line claims more.
        var domains = results.Where(r => r.Verdict == ProofVerdict.Proved && r.Domain is not null).Select(r => r.Domain!).Distinct().ToList();
        string Marked(ProofResult r) => r.Verdict == ProofVerdict.Proved && r.Domain is not null ? $"proved [d{domains.IndexOf(r.Domain) + 1}]" : r.Verdict.Text();
        foreach (var r in results)
        {
            var o = r.Obligation;
            text.AppendLine($"{o.Policy.Name,-22} {o.Property} {PropertyCatalog.NameOf(o.Property),-18} {o.BoundText,-10} {Marked(r),-12} {r.Elapsed.TotalSeconds,7:F2} s  {Expectation(r)}");
            if (r.Reason is not null) text.AppendLine($"    reason: {r.Reason}");
            if (r.InternalError is not null) text.AppendLine($"    internal error: {r.InternalError}");
        }

        var proved = results.Count(r => r.Verdict == ProofVerdict.Proved);
        var refuted = results.Count(r => r.Verdict == ProofVerdict.Refuted);
        var unknown = results.Count(r => r.Verdict == ProofVerdict.Unknown);
        var unexpected = results.Count(r => r.Judgement.Fails());
        text.AppendLine($"{results.Count} obligations: {proved} proved, {refuted} refuted ({results.Count(r => r.Counterexample is not null)} with a counterexample replayed through the engine), {unknown} unknown, {unexpected} not as the catalog expects; " +
            $"{results.Sum(r => r.Elapsed.TotalSeconds):F1} s solving");
        for (var i = 0; i < domains.Count; i++) text.AppendLine($"  [d{i + 1}] proved for {domains[i]}");
        var methods = results.Select(r => r.MethodName is null ? r.Method : $"{r.MethodName}: {r.Method}").Distinct().ToList();
        foreach (var method in methods) text.AppendLine($"  method: {method}");
        if (refutations is not null)
        {
            text.Append(RefutationText.Render(refutations));
            return text.ToString();
        }

        var firstRefuted = results.FirstOrDefault(r => r.Counterexample is not null && r.Judgement.Fails()) ?? results.FirstOrDefault(r => r.Counterexample is not null);
        if (firstRefuted?.Counterexample is { } schedule)
        {
            text.AppendLine($"counterexample for {firstRefuted.Obligation.Policy.Name} {firstRefuted.Obligation.Property} (replay with: dioverify replay FILE):");
            text.Append(ScheduleWriter.Write(schedule));
        }

        return text.ToString();
    }

    /// <summary>The version of the JSON rendering.</summary>
    public const string Format = "dioverify-prove/1";

    public static string Json(IReadOnlyList<ProofResult> results) => ResultsJson.Write(Format, results, (json, r) =>
    {
        json.WriteString("policy", r.Obligation.Policy.Name);
        json.WriteString("property", r.Obligation.Property.ToString());
        if (r.Obligation.Bios is { } n) json.WriteNumber("bios", n);
        else json.WriteNull("bios");
        json.WriteString("verdict", r.Verdict.Text());
        json.WriteNumber("seconds", Math.Round(r.Elapsed.TotalSeconds, 3));
        json.WriteString("solver", r.Solver);
        json.WriteString("method", r.Method);
        if (r.MethodName is not null) json.WriteString("methodKind", r.MethodName);
        if (r.Domain is not null) json.WriteString("domain", r.Domain);
        if (r.Identity is not null) json.WriteString("identity", r.Identity);
        json.WriteBoolean("asExpected", r.Judgement == Judgement.AsExpected);
        json.WriteString("judgement", r.Judgement.Key());
        if (r.Reason is not null) json.WriteString("reason", r.Reason);
        if (r.InternalError is not null) json.WriteString("internalError", r.InternalError);
        ResultsJson.WriteSchedule(json, "counterexample", r.Counterexample);
    });

    /// <summary>
    /// One testcase per obligation: a refuted expected-to-hold property is a failure, an unknown an error. The
    /// totals sit on <c>&lt;testsuites&gt;</c> too and the suite carries when it ran, since CI test views read both.
    /// </summary>
    /// <param name="timestamp">When the run finished (default: now).</param>
    public static string JUnit(IReadOnlyList<ProofResult> results, DateTimeOffset? timestamp = null)
    {
        var cases = results.Select(r =>
        {
            var o = r.Obligation;
            var testcase = new XElement("testcase",
                new XAttribute("classname", $"dioverify.{o.Policy.Name}"),
                new XAttribute("name", $"{o.Property} {PropertyCatalog.NameOf(o.Property)} ({o.BoundText})"),
                new XAttribute("time", r.Elapsed.TotalSeconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)));
            if (r.Verdict == ProofVerdict.Unknown)
            {
                testcase.Add(new XElement("error", new XAttribute("message", $"{Expectation(r)}: {r.InternalError ?? r.Reason}")));
            }
            else if (r.Judgement.Fails())
            {
                var detail = r.Counterexample is { } s ? ScheduleWriter.Write(s) : "proved or not refuted, but the catalog expects a violation";
                testcase.Add(new XElement("failure", new XAttribute("message", $"{r.Verdict.Text()}: {Expectation(r)}"), detail));
            }
            else
            {
                testcase.Add(new XElement("system-out", $"{r.Verdict.Text()}: {Expectation(r)} ({r.Method}){(r.Domain is null ? "" : $"; domain: {r.Domain}")}"));
            }

            return testcase;
        });
        var totals = new object[]
        {
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => r.Verdict != ProofVerdict.Unknown && r.Judgement.Fails())),
            new XAttribute("errors", results.Count(r => r.Verdict == ProofVerdict.Unknown)),
            new XAttribute("time", results.Sum(r => r.Elapsed.TotalSeconds).ToString("F3", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var suite = new XElement("testsuite",
            new XAttribute("name", "dioverify prove"),
            totals,
            new XAttribute("timestamp", (timestamp ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
            cases);
        var root = new XElement("testsuites", new XAttribute("name", "dioverify prove"), totals, suite);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }
}
