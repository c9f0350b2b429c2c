using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Reporting;

/// <summary>
/// <c>policies --format json</c>: <c>{"format": "dioverify-policies/1", "policies": [{"name", "rule", "source",
/// "satisfies", "violates": [{"property", "why"}]}]}</c>.
/// </summary>
public static class PoliciesJson
{
    /// <summary>The version of the JSON rendering.</summary>
    public const string Format = "dioverify-policies/1";

    public static string Render(IEnumerable<IPolicy> policies) => ResultsJson.Document(json =>
    {
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteStartArray("policies");
        foreach (var policy in policies)
        {
            json.WriteStartObject();
            json.WriteString("name", policy.Name);
            json.WriteString("rule", policy.Rule);
            json.WriteString("source", PolicySource.Path(policy));
            json.WriteStartArray("satisfies");
            foreach (var property in PropertyCatalog.All.Where(policy.Expected.Holds)) json.WriteStringValue(property.ToString());
            json.WriteEndArray();
            json.WriteStartArray("violates");
            foreach (var property in policy.Expected.Violated)
            {
                json.WriteStartObject();
                json.WriteString("property", property.ToString());
                json.WriteString("why", policy.Expected.WhyViolated(property));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
