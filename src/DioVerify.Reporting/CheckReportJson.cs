using System.Text;
using System.Text.Json;
using DioVerify.Engine.Output;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary><c>check --format json</c>: the whole report, <c>{"format": "dioverify-check/1", …}</c> (documented in the README).</summary>
public static class CheckReportJson
{
    public static string Render(CheckReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", CheckReport.Format);
            json.WriteString("producedBy", report.ProducedBy);
            json.WriteString("outcome", Outcome(report.Outcome));
            json.WritePropertyName("shard");
            if (report.Shard is { } shard)
            {
                json.WriteStartObject();
                json.WriteNumber("index", shard.Index);
                json.WriteNumber("count", shard.Count);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            if (report.Origin is { } origin)
            {
                json.WriteStartObject("origin");
                if (origin.Commit is null) json.WriteNull("commit");
                else json.WriteString("commit", origin.Commit);
                json.WriteString("catalog", origin.Catalog);
                json.WriteString("options", origin.Options);
                json.WriteEndObject();
            }

            if (report.StartedAt is { } started) json.WriteString("startedAt", started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            if (report.WallTime is { } wall) json.WriteNumber("seconds", Math.Round(wall.TotalSeconds, 3));
            Exploration(json, report.Exploration);
            FsCheck(json, report.FsCheck);
            json.WritePropertyName("proofs");
            if (report.Proofs is { } proofs) Proofs(json, proofs);
            else json.WriteNullValue();
            if (report.Unbounded is { } unbounded)
            {
                json.WritePropertyName("unbounded");
                Proofs(json, unbounded);
            }

            KillMatrix(json, report.KillMatrix);
            json.WriteStartArray("problems");
            foreach (var p in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("kind", CheckReportText.Kind(p.Kind));
                json.WriteString("subject", p.Subject);
                json.WriteString("message", p.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The outcome's key: <c>as-expected</c>, <c>not-as-expected</c>, <c>unknown</c> or <c>internal-error</c>.</summary>
    public static string Outcome(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.AsExpected => "as-expected",
        CheckOutcome.NotAsExpected => "not-as-expected",
        CheckOutcome.Unknown => "unknown",
        _ => "internal-error",
    };

    private static void Exploration(Utf8JsonWriter json, ExplorationTable table)
    {
        json.WriteStartObject("exploration");
        json.WriteNumber("maxBios", table.MaxBios);
        json.WriteNumber("schedules", table.Schedules);
        json.WriteNumber("seconds", Math.Round(table.Elapsed.TotalSeconds, 3));
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            json.WriteString("policy", row.Policy.Name);
            json.WriteNumber("seconds", Math.Round(row.Elapsed.TotalSeconds, 3));
            json.WriteStartObject("cells");
            foreach (var (property, cell) in row.Cells.OrderBy(c => c.Key))
            {
                json.WriteStartObject(property.ToString());
                json.WriteString("verdict", cell.Kind == VerdictKind.Holds ? "holds" : "refuted");
                WriteNullableNumber(json, "refutedAtBios", cell.RefutedAtBios);
                json.WriteNumber("violations", cell.Violations);
                json.WriteString("judgement", cell.Judgement.Key());
                ResultsJson.WriteSchedule(json, "counterexample", cell.Counterexample);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void FsCheck(Utf8JsonWriter json, FsCheckColumn column)
    {
        json.WriteStartObject("fscheck");
        json.WriteNumber("tests", column.Tests);
        json.WriteNumber("seed", column.Seed);
        json.WriteNumber("seconds", Math.Round(column.Elapsed.TotalSeconds, 3));
        json.WriteStartArray("cells");
        foreach (var cell in column.Cells)
        {
            json.WriteStartObject();
            json.WriteString("policy", cell.Policy.Name);
            json.WriteString("property", cell.Property.ToString());
            json.WriteBoolean("caught", cell.Caught);
            json.WriteString("judgement", cell.Judgement.Key());
            ResultsJson.WriteSchedule(json, "counterexample", cell.Shrunk);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Proofs(Utf8JsonWriter json, ProofTable proofs)
    {
        json.WriteStartObject();
        json.WriteNumber("bound", proofs.Bound);
        json.WriteString("domain", proofs.Domain);
        json.WriteStrings("solvers", proofs.Solvers);
        json.WriteStartObject("cache");
        json.WriteNumber("answers", proofs.Answers);
        json.WriteNumber("fromCache", proofs.FromCache);
        json.WriteEndObject();
        json.WriteStartArray("obligations");
        foreach (var row in proofs.Rows)
        {
            var r = row.Result;
            json.WriteStartObject();
            json.WriteString("policy", r.Obligation.Policy.Name);
            json.WriteString("property", r.Obligation.Property.ToString());
            WriteNullableNumber(json, "bios", r.Obligation.Bios);
            json.WriteString("verdict", r.Verdict.Text());
            json.WriteString("judgement", r.Judgement.Key());
            json.WriteString("domain", r.Domain ?? proofs.Domain);
            json.WriteNumber("seconds", Math.Round(r.Elapsed.TotalSeconds, 3));
            if (r.MethodName is not null) json.WriteString("methodKind", r.MethodName);
            if (r.Identity is not null) json.WriteString("identity", r.Identity);
            json.WriteString("method", r.Method);
            json.WriteString("solver", r.Solver);
            if (r.Reason is not null) json.WriteString("reason", r.Reason);
            if (r.InternalError is not null) json.WriteString("internalError", r.InternalError);
            json.WriteStartArray("answers");
            foreach (var answer in row.Answers)
            {
                json.WriteStartObject();
                json.WriteString("solver", answer.Solver);
                json.WriteString("verdict", answer.Verdict);
                json.WriteNumber("seconds", answer.Seconds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStrings("fromCache", row.FromCache);
            ResultsJson.WriteSchedule(json, "counterexample", r.Counterexample);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void KillMatrix(Utf8JsonWriter json, KillMatrix matrix)
    {
        json.WriteStartObject("killMatrix");
        json.WriteStrings("columns", matrix.Columns);
        json.WriteStartArray("rows");
        foreach (var row in matrix.Rows)
        {
            json.WriteStartObject();
            json.WriteString("policy", row.Policy);
            json.WriteString("property", row.Property.ToString());
            json.WriteStartObject("entries");
            foreach (var (column, entry) in matrix.Columns.Zip(row.Entries))
            {
                json.WriteStartObject(column);
                json.WriteString("judgement", entry.Judgement.Key());
                json.WriteString("text", entry.Text);
                if (!entry.Ran) json.WriteBoolean("skipped", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) json.WriteNumber(name, n);
        else json.WriteNull(name);
    }
}
