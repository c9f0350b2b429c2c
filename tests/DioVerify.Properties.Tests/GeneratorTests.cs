using System.Text;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests;

/// <summary>The generators produce valid, varied, cheap schedules and the shrinkers only ever make them smaller.</summary>
public sealed class GeneratorTests(ITestOutputHelper output)
{
    [Property(Arbitrary = [typeof(ScheduleGenerators)], MaxTest = 2000)]
    public void Every_generated_schedule_is_valid_schedule_v1_and_reads_back_as_itself(Schedule s)
    {
        Assert.Null(s.Request.Validate());
        var bios = ConcreteLayout.Of(s.Request, s.FreeBlocks).Count;
        Assert.Equal(bios, s.Outcomes.Length);
        Assert.InRange(bios, 0, ScheduleGenerators.MaxBios);
        Assert.Equal(Enumerable.Range(0, bios), s.Arrival.Order());
        var read = ScheduleReader.Parse(Encoding.UTF8.GetBytes(ScheduleWriter.Write(s)), "generated.json");
        Assert.True(read.SameAs(s));
    }

    [Property(Arbitrary = [typeof(ScheduleGenerators)], MaxTest = 1000)]
    public void Every_reordered_schedule_carries_a_second_permutation_of_the_same_BIOs(ReorderedSchedule pair)
    {
        Assert.Equal(Enumerable.Range(0, pair.Schedule.Outcomes.Length), pair.Alternate.Order());
    }

    [Property(Arbitrary = [typeof(ScheduleGenerators)], MaxTest = 300)]
    public void Every_shrink_candidate_is_valid_and_strictly_smaller(ReorderedSchedule pair)
    {
        // Reordered schedules exercise the alternate order too; plain schedules shrink by the same code.
        var s = pair.Schedule;
        foreach (var candidate in ScheduleGenerators.Shrink(s))
        {
            Assert.Null(candidate.Request.Validate());
            var bios = ConcreteLayout.Of(candidate.Request, candidate.FreeBlocks).Count;
            Assert.Equal(bios, candidate.Outcomes.Length);
            Assert.Equal(Enumerable.Range(0, bios), candidate.Arrival.Order());
            Assert.Equal(Enumerable.Range(0, bios), candidate.AlternateArrival!.Value.Order());
            Assert.True(Measure(candidate).CompareTo(Measure(s)) < 0, $"not smaller:\n{ScheduleWriter.Write(candidate)}than\n{ScheduleWriter.Write(s)}");
        }
    }

    /// <summary>The well-founded order shrinking descends: BIOs, failures, inversions, then the numbers.</summary>
    private static (int, int, int, int, long, long, long, long, long, long, long) Measure(Schedule s) =>
    (
        s.Outcomes.Length,
        s.FailureCount,
        Permutations.Inversions(s.Arrival.AsSpan()),
        s.AlternateArrival is { } alt ? Permutations.Inversions(alt.AsSpan()) : 0,
        s.Request.SectorSize,
        s.Request.BlockSize,
        s.Request.MaxBioBytes,
        s.Request.Length,
        s.Request.Offset,
        s.Request.FileSize,
        s.FreeBlocks ?? -1
    );

    [Fact]
    public void Generation_covers_every_situation_SPEC_distinguishes()
    {
        var samples = Gen.Sample(ScheduleGenerators.ScheduleGen, 20_000, 100);
        var classes = new (string Name, Func<Schedule, bool> Is)[]
        {
            ("sector 1024", s => s.Request.SectorSize == 1024),
            ("sector 2048", s => s.Request.SectorSize == 2048),
            ("sector 4096", s => s.Request.SectorSize == 4096),
            ("block 512", s => s.Request.BlockSize == 512),
            ("block below 4 KiB, 512-byte sectors", s => s.Request.SectorSize == 512 && s.Request.BlockSize is > 512 and < 4096),
            ("block above 4 KiB, 512-byte sectors", s => s.Request.SectorSize == 512 && s.Request.BlockSize > 4096),
            ("block 64 KiB", s => s.Request.BlockSize == 65536),
            ("block not a power of two", s => !long.IsPow2(s.Request.BlockSize)),
            ("max BIO below a block", s => s.Request.MaxBioBytes < s.Request.BlockSize),
            ("max BIO below a block, not dividing it", s => s.Request.MaxBioBytes < s.Request.BlockSize && s.Request.BlockSize % s.Request.MaxBioBytes != 0),
            ("max BIO not a multiple of the block", s => s.Request.MaxBioBytes % s.Request.BlockSize != 0),
            ("max BIO several blocks", s => s.Request.MaxBioBytes >= 2 * s.Request.BlockSize),
            ("empty file", s => s.Request.FileSize == 0),
            ("unaligned file size", s => s.Request.FileSize % s.Request.SectorSize != 0),
            ("long file (>= 4 GiB)", s => s.Request.FileSize >= 1L << 32),
            ("write inside the file", s => s.Request.FileSize >= s.Request.Offset + s.Request.Length),
            ("write across EOF", s => s.Request.FileSize > s.Request.Offset && s.Request.FileSize < s.Request.Offset + s.Request.Length),
            ("write past EOF", s => s.Request.FileSize <= s.Request.Offset),
            ("hole before the write", s => RoundUp(s.Request.FileSize, s.Request.BlockSize) < s.Request.Offset - (s.Request.Offset % s.Request.BlockSize)),
            ("mid-block offset", s => s.Request.Offset % s.Request.BlockSize != 0),
            ("offset >= 4 GiB", s => s.Request.Offset >= 1L << 32),
            ("write ending within a block of 2^63 - 1", s => s.Request.Offset + s.Request.Length > long.MaxValue - (2 * s.Request.BlockSize)),
            ("several BIOs ending within a block of 2^63 - 1", s => s.Outcomes.Length >= 2 && s.Request.Offset + s.Request.Length > long.MaxValue - (2 * s.Request.BlockSize)),
            ("free space unlimited", s => s.FreeBlocks is null),
            ("free space zero", s => s.FreeBlocks == 0),
            ("cut part-way (some BIOs)", s => IsCut(s) && s.Outcomes.Length > 0),
            ("cut at the offset (no BIO)", s => s.Outcomes.Length == 0),
            ("cut inside a BIO's span", s => IsCut(s) && s.Outcomes.Length > 0 && (Cut(s) - s.Request.Offset) % s.Request.MaxBioBytes != 0),
            ("a single BIO", s => s.Outcomes.Length == 1),
            ("17 or more BIOs", s => s.Outcomes.Length >= 17),
            ($"{ScheduleGenerators.MaxBios} BIOs", s => s.Outcomes.Length == ScheduleGenerators.MaxBios),
            ("no failure", s => s.Outcomes.Length > 0 && s.FailureCount == 0),
            ("one failure", s => s.FailureCount == 1),
            ("many failures, not all", s => s.FailureCount >= 2 && s.FailureCount < s.Outcomes.Length),
            ("all of several failed", s => s.Outcomes.Length >= 2 && s.FailureCount == s.Outcomes.Length),
            ("BIO 0 failed, a later one ok", s => s.Outcomes.Length >= 2 && s.Outcomes[0] == BioStatus.Eio && s.Outcomes.Contains(BioStatus.Ok)),
            ("identity arrival of several", s => s.Outcomes.Length >= 2 && Permutations.Inversions(s.Arrival.AsSpan()) == 0),
            ("reversed arrival of several", s => s.Outcomes.Length >= 3 && s.Arrival.SequenceEqual(Enumerable.Range(0, s.Outcomes.Length).Reverse())),
            ("an ok BIO arrives before an earlier failed one", s => OkOvertakesFailure(s)),
        };

        var table = new StringBuilder();
        var missing = new List<string>();
        foreach (var (name, isIt) in classes)
        {
            var count = samples.Count(isIt);
            table.AppendLine($"{count,7}  {name}");
            if (count < 20) missing.Add($"{name} ({count})");
        }

        var bioCounts = samples.GroupBy(s => s.Outcomes.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        table.AppendLine($"BIO counts: {string.Join(" ", bioCounts)}");
        output.WriteLine(table.ToString());
        Assert.True(missing.Count == 0, $"rarely or never generated (fewer than 20 of {samples.Length}): {string.Join(", ", missing)}\n{table}");
    }

    [Fact]
    public void Replay_agrees_with_the_cheap_judge_the_properties_use()
    {
        // The properties skip Replay.Run's P6 search for speed; on small cases it is affordable, so compare.
        var samples = Gen.Sample(ScheduleGenerators.ScheduleGen, 400, 100).Where(s => s.Outcomes.Length <= 6).ToList();
        Assert.True(samples.Count > 100);
        foreach (var s in samples)
        {
            foreach (var policy in PolicyCatalog.Builtin.Policies)
            {
                var run = DioVerify.Engine.Runs.Replay.Run(policy, s);
                Assert.Equal(ViolationSearch.Run(policy, s), run.Outcome);
                foreach (var property in PropertyCatalog.PerRun)
                {
                    Assert.Equal(ViolationSearch.Holds(policy, property.Id, s), run.RunVerdicts[property.Id]);
                }

                if (policy.Expected.Holds(PropertyId.P6))
                {
                    Assert.True(run.OrderIndependence, $"{policy.Name}: {run.OrderIndependenceNote}\n{ScheduleWriter.Write(s)}");
                }
            }
        }
    }

    private static bool IsCut(Schedule s) => ConcreteLayout.Of(s.Request, s.FreeBlocks).Geometry.IsCut;

    private static long Cut(Schedule s) => ConcreteLayout.Of(s.Request, s.FreeBlocks).Geometry.Cut;

    private static bool OkOvertakesFailure(Schedule s)
    {
        var firstFailed = s.Outcomes.IndexOf(BioStatus.Eio);
        if (firstFailed < 0) return false;
        var failedAt = s.Arrival.IndexOf(firstFailed);
        return s.Arrival.Take(failedAt).Any(k => k > firstFailed && s.Outcomes[k] == BioStatus.Ok);
    }

    private static long RoundUp(long x, long unit) => x % unit == 0 ? x : x + (unit - (x % unit));
}
