using System.Text;
using DioVerify.Audit.Kernel;
using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>A baseline records each run's verdicts and key observations; a later audit is "as on record" or names what changed.</summary>
public sealed class KernelBaselineTests
{
    private static KernelJudgement Judged(long returned, long sizeAfter, bool onDevice)
    {
        var o = new KernelObservation
        {
            FileSystem = "ext4",
            Scenario = new KernelScenario { Name = "eio-middle", Story = "s", Offset = 0, Length = 8192 },
            SizeBefore = 0,
            Returned = returned,
            DeviceFailed = true,
            Cut = false,
            SizeAfter = sizeAfter,
            AllocatedBytes = 0,
            BlockSize = 4096,
            FSync = 0,
            Completions = [],
            Readback = [.. Enumerable.Repeat(SectorContent.PastEof, 16)],
            OnDevice = [.. Enumerable.Repeat(onDevice, 16)],
        };
        return KernelJudge.Judge(o);
    }

    private static KernelReport Report(params KernelJudgement[] results) => new("6.18.0-test", results);

    private static KernelBaseline RoundTrip(KernelBaseline baseline)
    {
        using var buffer = new MemoryStream();
        KernelBaselineJson.Write(baseline, buffer);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, buffer.ToArray());
            return KernelBaselineJson.ReadFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_same_behaviour_is_as_on_record_after_a_round_trip_through_the_file()
    {
        var report = Report(Judged(-5, 0, onDevice: true));
        var baseline = RoundTrip(KernelBaseline.Of(report, "dioverify test"));
        Assert.Equal("6.18.0-test", baseline.Kernel);
        Assert.Equal("ext4 eio-middle pwrite 512", baseline.Entries.Single().Key);
        Assert.Equal(["EIO"], baseline.Entries.Single().Returned);
        var comparison = baseline.Compare(report, "b.json");
        Assert.True(comparison.AsOnRecord, string.Join("; ", comparison.Differences));
    }

    [Fact]
    public void A_change_of_verdict_of_R_or_of_size_is_named()
    {
        var baseline = KernelBaseline.Of(Report(Judged(-5, 0, onDevice: true)), "dioverify test");
        var comparison = baseline.Compare(Report(Judged(8192, 8192, onDevice: true)), "b.json");
        Assert.False(comparison.AsOnRecord);
        Assert.Contains("ext4 eio-middle pwrite 512: P3 was violated, now holds", comparison.Differences);
        Assert.Contains("ext4 eio-middle pwrite 512: R was EIO, now length (8192)", comparison.Differences);
        Assert.Contains("ext4 eio-middle pwrite 512: size was unchanged, now end (8192)", comparison.Differences);
    }

    [Fact]
    public void A_run_with_no_entry_is_a_difference_and_an_entry_not_run_is_not()
    {
        var empty = new KernelBaseline("k", null, []);
        Assert.Equal(["ext4 eio-middle pwrite 512: not on record"], empty.Compare(Report(Judged(-5, 0, true)), "b.json").Differences);
        var full = KernelBaseline.Of(Report(Judged(-5, 0, true)), "t");
        Assert.True(full.Compare(Report(), "b.json").AsOnRecord);
    }

    [Fact]
    public void A_list_of_accepted_values_records_a_race()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                {"format": "dioverify-kernel-baseline/1", "kernel": "k", "entries": [{"fs": "ext4", "scenario": "eio-middle", "path": "pwrite", "sectorSize": 512,
                 "properties": {"P1": true, "P2": true, "P3": [true, false], "P4": true, "P5": true, "P7": true}, "returned": ["EIO", "ENOSPC"], "size": "unchanged"}]}
                """);
            var baseline = KernelBaselineJson.ReadFile(path);
            Assert.Equal([true, false], baseline.Entries.Single().Properties[PropertyId.P3]);
            Assert.True(baseline.Compare(Report(Judged(-5, 0, true)), path).AsOnRecord);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"size\": \"unchanged\"", "\"size\": \"smaller\"", "\"size\" is one of unchanged, end, returned, other")]
    [InlineData("\"P7\": true", "\"P7\": 1", "\"P7\" must be true or false")]
    [InlineData("\"P7\": true", "\"P6\": true", "\"properties\" names \"P6\"")]
    [InlineData("\"sectorSize\": 512", "\"sectorSize\": 1024", "\"sectorSize\" is 512 or 4096")]
    [InlineData("\"kernel\": \"k\",", "\"kernel\": \"k\", \"extra\": 0,", "unknown field \"extra\" in the baseline")]
    public void A_bad_baseline_is_refused_at_its_line_and_column(string from, string to, string expected)
    {
        const string Good = """
            {"format": "dioverify-kernel-baseline/1", "kernel": "k", "entries": [{"fs": "ext4", "scenario": "s", "path": "pwrite", "sectorSize": 512,
             "properties": {"P1": true, "P2": true, "P3": true, "P4": true, "P5": true, "P7": true}, "returned": "EIO", "size": "unchanged"}]}
            """;
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Good.Replace(from, to, StringComparison.Ordinal), Encoding.UTF8);
            var error = Assert.Throws<BadInputException>(() => KernelBaselineJson.ReadFile(path));
            Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: ", error.Message);
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Widening_a_record_accepts_both_outcomes_of_a_race()
    {
        var eio = Report(Judged(-5, 0, true));
        var widened = KernelBaseline.Of(eio, "t").Widen(Report(Judged(-28, 0, true)), "t");
        Assert.Equal(["EIO", "ENOSPC"], widened.Entries.Single().Returned);
        Assert.True(widened.Compare(eio, "b.json").AsOnRecord);
        Assert.True(widened.Compare(Report(Judged(-28, 0, true)), "b.json").AsOnRecord);
        Assert.False(widened.Compare(Report(Judged(8192, 8192, true)), "b.json").AsOnRecord);
    }
}
