using System.Text;
using System.Text.Json;
using DioVerify.Engine.Properties;
using DioVerify.Verdicts;

namespace DioVerify.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log (one run, the <c>dioverify</c> tool, a rule per property P1..P7 and per kind of problem)
/// with System.Text.Json: no SARIF package restores here, and the format needs only a few objects.
/// </summary>
public static class SarifLog
{
    public const string Version = "2.1.0";

    public const string Schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Rules for what is not a property's verdict: drift from the record, no verdict, an internal contradiction.</summary>
    public static IReadOnlyList<(string Id, string Name, string Description)> ProblemRules { get; } =
    [
        ("record-mismatch", "record-mismatch", "proofs/ or models/ no longer match what the engine generates, or a ledger verdict changed"),
        ("no-verdict", "no-verdict", "a solver or checker gave no verdict (unknown, timeout, not run)"),
        ("internal-error", "internal-error", "DioVerify contradicted itself (solvers disagree, a counterexample does not replay)"),
    ];

    /// <summary>The SARIF level of a judgement that is not as expected: an error when it fails the run, a warning when undecided.</summary>
    public static string Level(Judgement judgement) => judgement.Fails() ? "error" : "warning";

    /// <param name="properties">Run-level facts (e.g. the outcome, the bound) as SARIF's property bag.</param>
    public static string Write(string producedBy, IReadOnlyList<SarifResult> results, IReadOnlyDictionary<string, string> properties)
    {
        var rules = PropertyCatalog.All.Select(p => (Id: p.ToString(), Name: PropertyCatalog.NameOf(p), Description: PropertyCatalog.FormalOf(p)))
            .Concat(ProblemRules).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "dioverify");
            json.WriteString("version", producedBy.Replace("dioverify ", "", StringComparison.Ordinal));
            json.WriteStartArray("rules");
            foreach (var (id, name, description) in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", id == name ? name : $"{id} {name}");
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result, rules.FindIndex(r => r.Id == result.RuleId));
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            foreach (var (key, value) in properties) json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result, int ruleIndex)
    {
        if (ruleIndex < 0) throw new ArgumentException($"no SARIF rule \"{result.RuleId}\"", nameof(result));
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", result.Level);
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        if (result.Uri is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", result.Uri);
            json.WriteEndObject();
            if (result.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
