using System.Text;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;

namespace DioVerify.Reporting;

/// <summary>One policy × property verdict of <c>check</c>: refuted at some bound (with its counterexample) or not.</summary>
public sealed record CheckCell(bool ExpectedToHold, int? RefutedAtBios, long Violations, Schedule? Counterexample)
{
    public bool AsExpected => ExpectedToHold == RefutedAtBios is null;

    public string Text => (ExpectedToHold, RefutedAtBios) switch
    {
        (true, null) => "holds",
        (false, { } n) => $"refuted@{n}",
        (true, { } n) => $"UNEXPECTED refuted@{n}",
        (false, null) => "MISSED",
    };
}

/// <summary>One policy's row of the check table.</summary>
public sealed record CheckRow(IPolicy Policy, IReadOnlyDictionary<PropertyId, CheckCell> Cells)
{
    public bool AsExpected => Cells.Values.All(c => c.AsExpected);
}

/// <summary>The check table: built from exploration results, rendered as text.</summary>
public static class CheckTable
{
    public static IReadOnlyList<CheckRow> Build(IEnumerable<ExploreResult> results, string producedBy) =>
        [.. results.GroupBy(r => r.Policy).Select(group => new CheckRow(
            group.Key,
            PropertyCatalog.All.ToDictionary(p => p, p =>
            {
                // The smallest counterexample comes from the smallest bound that has one.
                var refuting = group.Where(r => r[p].Violations > 0).MinBy(r => r.Bios);
                return new CheckCell(group.Key.Expected.Holds(p), refuting?.Bios, group.Sum(r => r[p].Violations), refuting?.Counterexample(p, producedBy));
            })))];

    public static string Text(IReadOnlyList<CheckRow> rows, int maxBios, long schedules, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine($"check: exhaustive exploration at 0..{maxBios} BIOs, every request shape, outcome vector and arrival order");
        text.Append($"  {"policy",-22}");
        foreach (var p in PropertyCatalog.All) text.Append($" {p,-13}");
        text.AppendLine(" verdict");
        foreach (var row in rows)
        {
            text.Append($"  {row.Policy.Name,-22}");
            foreach (var p in PropertyCatalog.All) text.Append($" {row.Cells[p].Text,-13}");
            text.AppendLine(row.AsExpected ? " as expected" : " NOT AS EXPECTED");
        }

        var bad = rows.Sum(r => r.Cells.Values.Count(c => !c.AsExpected));
        text.AppendLine($"  holds = no violation up to {maxBios} BIOs; refuted@n = smallest violating schedule has n BIOs (replayed and confirmed)");
        text.AppendLine($"{schedules:N0} schedules in {elapsed.TotalSeconds:F1} s of exploration; " +
            (bad == 0 ? "every verdict as expected" : $"{bad} verdict(s) NOT as expected"));
        return text.ToString();
    }
}
