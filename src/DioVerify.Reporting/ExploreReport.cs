using DioVerify.Verdicts;
using System.Text;
using System.Text.Json;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;

namespace DioVerify.Reporting;

/// <summary>Exploration results as text (a table per policy, the smallest counterexample as schedule v1) or JSON.</summary>
public static class ExploreReport
{
    public static string Text(IEnumerable<ExploreResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            text.AppendLine($"{r.Policy.Name}: {(r.Exhaustive ? "exhaustive" : "sampled")} at {r.Bios} BIOs, {r.Schedules:N0} schedules in {r.Elapsed.TotalSeconds:F2} s ({r.SchedulesPerSecond:N0} schedules/s)");
            foreach (var tally in r.Tallies)
            {
                var holds = tally.Violations == 0;
                text.AppendLine($"  {tally.Property} {PropertyCatalog.NameOf(tally.Property),-18} {tally.Violations,14:N0} violating   {(holds ? "no violation" : "violated"),-13} {Expectation(r, tally)}");
            }

            var first = r.Tallies.FirstOrDefault(t => t.Smallest is not null);
            if (first is not null)
            {
                text.AppendLine($"  smallest schedule violating {first.Property} (replay with: dioverify replay FILE --policy {r.Policy.Name}):");
                text.Append(Indent(ScheduleWriter.Write(r.Counterexample(first.Property, VersionStamp.ProducedBy)!), "    "));
            }
        }

        return text.ToString();
    }

    /// <summary>The version of the JSON rendering.</summary>
    public const string Format = "dioverify-explore/1";

    public static string Json(IEnumerable<ExploreResult> results) => ResultsJson.Write(Format, results, (json, r) =>
    {
        json.WriteString("policy", r.Policy.Name);
        json.WriteNumber("bios", r.Bios);
        json.WriteString("mode", r.Exhaustive ? "exhaustive" : "sampled");
        json.WriteNumber("schedules", r.Schedules);
        json.WriteNumber("seconds", Math.Round(r.Elapsed.TotalSeconds, 3));
        json.WriteNumber("schedulesPerSecond", Math.Round(r.SchedulesPerSecond));
        json.WriteStartObject("properties");
        foreach (var tally in r.Tallies)
        {
            json.WriteStartObject(tally.Property.ToString());
            json.WriteNumber("violations", tally.Violations);
            json.WriteBoolean("expectedToHold", r.Policy.Expected.Holds(tally.Property));
            ResultsJson.WriteSchedule(json, "smallest", r.Counterexample(tally.Property, VersionStamp.ProducedBy));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    private static string Expectation(ExploreResult r, PropertyTally tally)
    {
        var expectedToHold = r.Policy.Expected.Holds(tally.Property);
        return (expectedToHold, tally.Violations == 0) switch
        {
            (true, true) => "as expected",
            (false, false) => "as expected (planted fault caught)",
            (true, false) => "UNEXPECTED: expected to hold",
            (false, true) => "not caught at this bound",
        };
    }

    private static string Indent(string text, string prefix) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => prefix + line)) + "\n";
}
