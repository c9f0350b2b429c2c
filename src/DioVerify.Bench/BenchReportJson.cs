using DioVerify.Reporting;

namespace DioVerify.Bench;

/// <summary>The bench report as JSON, envelope <c>dioverify-bench/1</c>: the machine, the settings and the rows; times in seconds.</summary>
public static class BenchReportJson
{
    public const string Format = "dioverify-bench/1";

    public static string Render(BenchReport report) => ResultsJson.Document(json =>
    {
        var m = report.Machine;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteStartObject("machine");
        json.WriteString("cpu", m.Cpu);
        json.WriteNumber("cores", m.Cores);
        json.WriteString("kernel", m.Kernel);
        json.WriteString("dotnet", m.Dotnet);
        json.WriteString("z3", m.Z3);
        json.WriteString("loadAverage", m.LoadAverage);
        json.WriteEndObject();
        json.WriteString("settings", report.Settings);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("section", row.Section);
            json.WriteString("subject", row.Subject);
            if (row.Bios is { } n) json.WriteNumber("bios", n);
            else json.WriteNull("bios");
            json.WriteNumber("wallSeconds", Math.Round(row.Wall.TotalSeconds, 4));
            if (row.Cpu is { } cpu) json.WriteNumber("cpuSeconds", Math.Round(cpu.TotalSeconds, 4));
            else json.WriteNull("cpuSeconds");
            if (row.Rate is { } rate && double.IsFinite(rate)) json.WriteNumber("schedulesPerSecond", Math.Round(rate));
            else json.WriteNull("schedulesPerSecond");
            json.WriteString("result", row.Result);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("wallSeconds", Math.Round(report.Wall.TotalSeconds, 4));
        json.WriteNumber("cpuSeconds", Math.Round(report.Cpu.TotalSeconds, 4));
        json.WriteEndObject();
    });
}
