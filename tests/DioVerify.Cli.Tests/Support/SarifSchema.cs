using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace DioVerify.Cli.Tests.Support;

/// <summary>
/// The official SARIF 2.1.0 schema (a test resource), and an assertion that a document is valid against it. The file
/// is draft-04; JsonSchema.Net reads draft-06 and later, so it is evaluated as draft-07 with its top-level
/// <c>id</c> renamed <c>$id</c> — the only draft-04 keyword the schema uses whose spelling changed.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static void AssertValid(string sarif)
    {
        var result = Schema.Value.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20).ToList();
        Assert.True(result.IsValid, $"not valid SARIF 2.1.0:\n{string.Join("\n", errors)}\n--- document ---\n{sarif}");
    }

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", "sarif-schema-2.1.0.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema["$id"] = schema["id"]!.GetValue<string>();
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    }
}
