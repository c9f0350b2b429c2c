using System.Globalization;
using System.Text;

namespace DioVerify.Bench;

/// <summary>The bench report as a plain table: the machine first, then one line per measurement under its section.</summary>
public static class BenchReportText
{
    public static string Render(BenchReport report)
    {
        var m = report.Machine;
        var text = new StringBuilder();
        text.AppendLine($"machine: {m.Cpu}, {m.Cores} cores, {m.Kernel}, {m.Dotnet}, z3 {m.Z3}, load {m.LoadAverage} at start");
        text.AppendLine($"settings: {report.Settings}");
        text.AppendLine();
        text.AppendLine($"{"section",-10} {"subject",-44} {"BIOs",9} {"wall s",9} {"cpu s",9} {"schedules/s",13}  result");
        foreach (var section in BenchReport.Sections)
        {
            foreach (var row in report.Rows.Where(r => r.Section == section))
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Section,-10} {row.Subject,-44} {Bios(row.Bios, section),9} {row.Wall.TotalSeconds,9:F2} {Seconds(row.Cpu),9} {Rate(row.Rate),13}  {row.Result}"));
            }
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"total: {report.Wall.TotalSeconds:F1} s wall, {report.Cpu.TotalSeconds:F1} s cpu"));
        return text.ToString();
    }

    private static string Bios(int? bios, string section) => bios?.ToString(CultureInfo.InvariantCulture) ?? (section == "unbounded" ? "every" : "-");

    private static string Seconds(TimeSpan? t) => t is { } x ? x.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) : "-";

    private static string Rate(double? rate) => rate is { } r && double.IsFinite(r) ? r.ToString("N0", CultureInfo.InvariantCulture) : "-";
}
