using System.Text;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>A replayed run as text: the request, what was returned against the prefix, the properties and the sector map.</summary>
public static class RunReportText
{
    public static string Render(RunReport run)
    {
        var r = run.Schedule.Request;
        var g = run.Geometry;
        var text = new StringBuilder();
        text.AppendLine($"policy {run.Policy.Name}: {run.Policy.Rule}");
        text.AppendLine($"  request   offset {r.Offset}, length {r.Length}, file size {r.FileSize}, block {r.BlockSize}, sector {r.SectorSize}, max BIO {r.MaxBioBytes}, free blocks {run.Schedule.FreeBlocks?.ToString() ?? "unlimited"}");
        text.AppendLine($"  BIOs      {run.Layout.Count} covering [{r.Offset}, {g.Cut}){(g.IsCut ? $", cut by ENOSPC at {g.Cut}" : "")}; {run.Schedule.FailureCount} failed; arrival [{ArrivalText(run.Schedule.Arrival)}]");
        text.AppendLine($"  returned  {run.ReturnedText}");
        text.AppendLine($"  prefix P  {run.Prefix} bytes");
        text.AppendLine($"  new size  {run.Outcome.NewSize}");
        text.AppendLine($"  kept      {KeptText(g.FirstNewBlock, run.Outcome.KeptEnd, r.BlockSize)}");
        text.AppendLine("  properties");
        foreach (var (property, holds) in run.Verdicts)
        {
            var note = property == PropertyId.P6 ? $"  ({run.OrderIndependenceNote})" : "";
            text.AppendLine($"    {property} {PropertyCatalog.NameOf(property),-18} {VerdictText.Mark(holds),-9} {VerdictText.Expectation(run.Policy, property, holds)}{note}".TrimEnd());
        }

        text.AppendLine("  sector map");
        text.Append(SectorMapText.Render(SectorMap.Of(run)));
        return text.ToString();
    }

    /// <summary>Arrival orders longer than this are shown by their ends: the schedule file has the whole order.</summary>
    public const int ArrivalShownInFull = 64;

    /// <summary>
    /// The arrival order, or for a long one its first 32 and last 8 entries around the count left out: in full,
    /// a 1 000 000-BIO order was a 7.9 MB line per policy (95 MB and 1.6 GB of memory for <c>replay --all</c>).
    /// </summary>
    public static string ArrivalText(IReadOnlyList<int> arrival) =>
        arrival.Count <= ArrivalShownInFull
            ? string.Join(", ", arrival)
            : $"{string.Join(", ", arrival.Take(32))}, … {arrival.Count - 40:N0} more …, {string.Join(", ", arrival.Skip(arrival.Count - 8))}";

    private static string KeptText(long firstNew, long keptEnd, long blockSize) =>
        keptEnd <= firstNew ? "no new blocks" : $"{(keptEnd - firstNew) / blockSize} new block(s) [{firstNew}, {keptEnd})";
}
