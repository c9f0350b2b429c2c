using System.Text.Json;
using DioVerify.Bench;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify bench</c>: a table with the machine and every section, each row saying what it found. Timings are
/// never asserted (the machine is shared); the shape and the verdicts are.
/// </summary>
public sealed class BenchTests
{
    [Fact]
    public void Quick_bench_as_json_names_the_machine_and_has_every_section_with_its_verdicts()
    {
        var result = CliProcess.Run(["bench", "--quick", "--format", "json"], TimeSpan.FromMinutes(10)).ExitsWith(0).HasNoStackTrace();

        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("dioverify-bench/1", root.GetProperty("format").GetString());
        var machine = root.GetProperty("machine");
        Assert.True(machine.GetProperty("cores").GetInt32() >= 1);
        foreach (var field in new[] { "cpu", "kernel", "dotnet", "z3" }) Assert.False(string.IsNullOrWhiteSpace(machine.GetProperty(field).GetString()), field);
        Assert.StartsWith(".NET", machine.GetProperty("dotnet").GetString());

        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        JsonElement[] Section(string name) => [.. rows.Where(r => r.GetProperty("section").GetString() == name)];

        // The engine's rate on one core and on all, both at 8 BIOs.
        var engine = Section("engine");
        Assert.Equal(2, engine.Length);
        Assert.Contains("1 core", engine[0].GetProperty("subject").GetString());
        Assert.All(engine, r => Assert.Equal(8, r.GetProperty("bios").GetInt32()));
        Assert.All(engine, r => Assert.True(r.GetProperty("schedulesPerSecond").GetDouble() > 0));

        // Exhaustive explore at 1..3 BIOs of a policy that holds everything, and nothing violated.
        var explore = Section("explore");
        Assert.Equal([1, 2, 3], explore.Select(r => r.GetProperty("bios").GetInt32()));
        Assert.All(explore, r => Assert.EndsWith("as expected", r.GetProperty("result").GetString()));

        // Bounded P1: proved for contiguous-prefix, refuted (its planted fault) for arrival-cutoff.
        var bounded = Section("bounded");
        Assert.Equal(["contiguous-prefix P1", "arrival-cutoff P1"], bounded.Select(r => r.GetProperty("subject").GetString()));
        Assert.Equal(["proved", "refuted"], bounded.Select(r => r.GetProperty("result").GetString()));

        // Unbounded: a row per property of contiguous-prefix, every one proved, then the total with its CPU time.
        var unbounded = Section("unbounded");
        Assert.Equal(8, unbounded.Length);
        Assert.Equal([.. Enumerable.Range(1, 7).Select(i => $"contiguous-prefix P{i}")], unbounded.Take(7).Select(r => r.GetProperty("subject").GetString()));
        Assert.All(unbounded.Take(7), r => Assert.Equal("proved", r.GetProperty("result").GetString()));
        Assert.All(unbounded, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("bios").ValueKind));
        Assert.Equal("7 proved", unbounded[7].GetProperty("result").GetString());
        Assert.True(unbounded[7].GetProperty("cpuSeconds").GetDouble() >= 0);

        // check is timed only when asked.
        Assert.Empty(Section("check"));
        Assert.All(rows, r => Assert.True(r.GetProperty("wallSeconds").GetDouble() >= 0));
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--max-bios", "0")]
    [InlineData("--max-bios", "4097")]
    public void An_out_of_range_option_is_a_usage_error_before_anything_is_timed(string option, string value)
    {
        var result = CliProcess.Run("bench", option, value).ExitsWith(64).HasNoStackTrace();

        Assert.Contains(option, result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Text_table_starts_with_the_machine_and_prints_rows_by_section_under_one_header()
    {
        var machine = new Machine("Some CPU", 2, "Linux 6.1", ".NET 10.0.0", "4.8.12.0", "0.50");
        var report = new BenchReport(machine, "settings in words", [
            new BenchRow("unbounded", "contiguous-prefix P1", null, TimeSpan.FromSeconds(0.25), null, null, "proved"),
            new BenchRow("engine", "contiguous-prefix, sampled, 1 core", 8, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.5), 123456, "246,912 schedules"),
        ], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2));

        var lines = BenchReportText.Render(report).Split('\n');

        Assert.Equal("machine: Some CPU, 2 cores, Linux 6.1, .NET 10.0.0, z3 4.8.12.0, load 0.50 at start", lines[0]);
        Assert.Equal("settings: settings in words", lines[1]);
        Assert.Matches(@"^section\s+subject\s+BIOs\s+wall s\s+cpu s\s+schedules/s\s+result$", lines[3]);
        Assert.Matches(@"^engine\s+contiguous-prefix, sampled, 1 core\s+8\s+2\.00\s+1\.50\s+123,456\s+246,912 schedules$", lines[4]);
        Assert.Matches(@"^unbounded\s+contiguous-prefix P1\s+every\s+0\.25\s+-\s+-\s+proved$", lines[5]);
        Assert.Contains("total: 3.0 s wall, 2.0 s cpu", lines);
    }
}
