using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;

namespace DioVerify.Reporting;

/// <summary>
/// <c>counterexample --format json</c>: <c>{"format": "dioverify-counterexample/1", "policy", "property", "maxBios",
/// "found", "bios", "schedules", "judgement", "asExpected", "counterexample": schedule v1 or null, "run": the
/// replayed run or null, "written": the --out file or null}</c>.
/// </summary>
public static class CounterexampleJson
{
    /// <summary>The version of the JSON rendering.</summary>
    public const string Format = "dioverify-counterexample/1";

    /// <param name="bios">The BIO count of the counterexample found, or null when none was.</param>
    /// <param name="schedules">How many schedules the search visited.</param>
    public static string Render(IPolicy policy, PropertyId property, int maxBios, int? bios, long schedules, Judgement judgement, Schedule? counterexample, RunReport? run, string? written) =>
        ResultsJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("policy", policy.Name);
            json.WriteString("property", property.ToString());
            json.WriteString("propertyName", PropertyCatalog.NameOf(property));
            json.WriteNumber("maxBios", maxBios);
            json.WriteBoolean("found", counterexample is not null);
            if (bios is { } n) json.WriteNumber("bios", n);
            else json.WriteNull("bios");
            json.WriteNumber("schedules", schedules);
            json.WriteString("judgement", judgement.Key());
            json.WriteBoolean("asExpected", judgement == Judgement.AsExpected);
            ResultsJson.WriteSchedule(json, "counterexample", counterexample);
            json.WritePropertyName("run");
            if (run is null) json.WriteNullValue();
            else RunReportJson.Write(json, run);
            if (written is null) json.WriteNull("written");
            else json.WriteString("written", written);
            json.WriteEndObject();
        });
}
