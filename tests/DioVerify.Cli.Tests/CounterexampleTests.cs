using DioVerify.Verdicts;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DioVerify.Cli.Commands;
using DioVerify.Cli.Tests.Support;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify counterexample</c>: the smallest counterexample of every planted fault, its one-screen story, the
/// schedule it writes and what <c>replay</c> says of it. The search and the story run in-process per fault; the
/// command itself runs as a process once per fault, several at a time, to keep the suite fast.
/// </summary>
public sealed class CounterexampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Every planted fault: each policy × each property it is expected to violate.</summary>
    public static TheoryData<string, string> PlantedFaults
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (policy, property) in PolicyCatalog.Builtin.PlantedFaults) data.Add(policy.Name, property.ToString());
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PlantedFaults))]
    public void The_smallest_counterexample_of_a_planted_fault_replays_and_its_story_names_policy_and_property(string policyName, string propertyText)
    {
        var policy = PolicyCatalog.Builtin.Find(policyName)!;
        var property = PropertyCatalog.Parse(propertyText)!.Value;

        var search = CounterexampleCommand.Search(policy, property, CounterexampleCommand.DefaultBios);

        Assert.True(search.Found, $"no counterexample for {policyName} {propertyText}");
        Assert.Equal(ExitCode.Ok, search.Exit);
        if (property == PropertyId.P1) Assert.True(search.Bios <= 2, $"a P1 fault is refuted by 2 BIOs; this one took {search.Bios}");
        Assert.Equal(search.Bios, search.Schedule!.Outcomes.Length);

        // The file as written, read back strictly and replayed: the property fails, and provenance survives.
        var written = ScheduleWriter.Write(search.Schedule);
        var schedule = ScheduleReader.Parse(Encoding.UTF8.GetBytes(written), "counterexample.json");
        Assert.Equal((policyName, property, VersionStamp.ProducedBy), (schedule.Policy, schedule.Property, schedule.ProducedBy));
        var run = Replay.Run(policy, schedule);
        Assert.False(property == PropertyId.P6 ? run.OrderIndependence : run.RunVerdicts[property], written);

        var text = CounterexampleText.Render(CounterexampleStory.Of(run, property));
        Assert.Contains($"{policyName} violates {propertyText} {PropertyCatalog.NameOf(property)}", text);
        Assert.Contains("timeline", text);
        Assert.Contains("sector map", text);
        Assert.True(text.Split('\n').Length <= 50, $"the story should fit one screen:\n{text}");
        Assert.Contains("still fails", CounterexampleText.ReplayStatus(run, property, schedule.ProducedBy, VersionStamp.ProducedBy));
    }

    /// <summary>
    /// The command as a process, for one planted fault per property (the in-process theory above covers every
    /// fault): exit 0, the text names both, and the file written with --out replays with the property false.
    /// </summary>
    [Fact]
    public void The_command_exits_0_for_planted_faults_and_writes_files_that_replay_with_the_property_false()
    {
        (string Policy, string Property)[] faults =
        [
            ("sum-completed", "P1"), ("sector-count-units", "P2"), ("legacy-all-or-nothing", "P3"), ("prefix-stale-size", "P4"),
            ("prefix-keep-blocks", "P5"), ("arrival-cutoff", "P6"), ("prefix-zero-not-error", "P7"),
        ];
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(faults, new ParallelOptions { MaxDegreeOfParallelism = 4 }, fault =>
        {
            var found = CliProcess.Run("counterexample", "--policy", fault.Policy, "--property", fault.Property, "--out", _dir.Path);
            var file = Path.Combine(_dir.Path, $"{fault.Policy}.{fault.Property}.json");
            if (found.ExitCode != 0 || !found.Stdout.Contains(fault.Policy) || !found.Stdout.Contains(fault.Property) || !File.Exists(file))
            {
                failures.Add($"counterexample {fault}: {found}");
                return;
            }

            var schedule = ScheduleReader.ReadFile(file);
            var run = Replay.Run(PolicyCatalog.Builtin.Find(schedule.Policy!)!, schedule);
            var property = PropertyCatalog.Parse(fault.Property)!.Value;
            if (schedule.Policy != fault.Policy || (property == PropertyId.P6 ? run.OrderIndependence : run.RunVerdicts[property]) != false)
            {
                failures.Add($"replay {fault}: {ScheduleWriter.Write(schedule)}");
            }
        });
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));

        // And one through `replay --format json` itself: the order-dependence fault, judged across orders.
        var replayed = CliProcess.Run("replay", Path.Combine(_dir.Path, "arrival-cutoff.P6.json"), "--format", "json").ExitsWith(0);
        using var doc = JsonDocument.Parse(replayed.Stdout);
        var json = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("arrival-cutoff", json.GetProperty("policy").GetString());
        Assert.Equal(JsonValueKind.False, json.GetProperty("properties").GetProperty("P6").ValueKind);
    }

    [Fact]
    public void A_correct_policy_has_no_counterexample_up_to_the_bound_and_exits_0()
    {
        var result = CliProcess.Run("counterexample", "--policy", "contiguous-prefix", "--property", "P1", "--bios", "3").ExitsWith(0).HasNoStackTrace();

        Assert.Contains("no counterexample with up to 3 BIOs: P1 prefix-safety holds for every schedule explored", result.Stdout);
    }

    [Fact]
    public void Order_independence_that_holds_is_said_to_hold_at_every_bound_once_proved_by_induction()
    {
        var proved = CliProcess.Run("counterexample", "--policy", "contiguous-prefix", "--property", "P6", "--bios", "2").ExitsWith(0).HasNoStackTrace();
        Assert.Contains("and none exists at any number of BIOs in the proved domain: P6 is proved for contiguous-prefix by induction over arrivals for every number of BIOs", proved.Stdout);
        // The order lemma is proved on the wide geometry domain, and the sentence names it.
        Assert.Contains("on S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S", proved.Stdout);

        // Only P6 has an unbounded proof: a bounded search for another property says no more than it saw.
        var bounded = CliProcess.Run("counterexample", "--policy", "contiguous-prefix", "--property", "P1", "--bios", "2").ExitsWith(0);
        Assert.DoesNotContain("any number of BIOs", bounded.Stdout);
    }

    [Fact]
    public void Without_property_a_correct_policy_is_searched_for_P1()
    {
        Assert.Equal(PropertyId.P1, CounterexampleCommand.DefaultProperty(PolicyCatalog.Builtin.Find("contiguous-prefix")!));
        Assert.Equal(PropertyId.P3, CounterexampleCommand.DefaultProperty(PolicyCatalog.Builtin.Find("legacy-all-or-nothing")!));
        Assert.Equal(PropertyId.P1, CounterexampleCommand.DefaultProperty(PolicyCatalog.Builtin.Find("sum-completed")!));
    }

    [Fact]
    public void A_planted_fault_missed_by_the_search_or_a_false_alarm_exits_1()
    {
        var faulty = PolicyCatalog.Builtin.Find("sum-completed")!;
        var correct = PolicyCatalog.Builtin.Find("contiguous-prefix")!;
        var schedule = CounterexampleCommand.Search(faulty, PropertyId.P1, 2).Schedule;

        Assert.Equal(ExitCode.Violated, new CounterexampleSearch(faulty, PropertyId.P1, 0, null, -1, 0).Exit);
        Assert.Equal(ExitCode.Violated, new CounterexampleSearch(correct, PropertyId.P1, 2, schedule, 2, 1).Exit);
        Assert.Equal(ExitCode.Ok, new CounterexampleSearch(correct, PropertyId.P1, 2, null, -1, 1).Exit);
    }

    [Fact]
    public void The_sum_completed_P1_story_shows_the_bios_the_timeline_and_the_range_claimed_but_not_durable()
    {
        var result = CliProcess.Run("counterexample", "--policy", "sum-completed").ExitsWith(0).HasNoStackTrace();

        Assert.Contains("sum-completed violates P1 prefix-safety with 2 BIO(s), 1 failed", result.Stdout);
        Assert.Matches(@"\[0, 1024\)\s+1024\s+EIO", result.Stdout);
        Assert.Contains("AnyFailed  LowestFailedStart  OkBytes  HighestOkEnd  FailureArrived  OkBytesBeforeFailure", result.Stdout);
        Assert.Contains("R = 1024 bytes, P = 0 bytes", result.Stdout);
        Assert.Contains("claimed but not durable: [0, 1024), 1024 bytes", result.Stdout);
        Assert.Contains("  sectors xx##", result.Stdout);
        Assert.DoesNotContain("\u001b[", result.Stdout); // not a terminal, and NO_COLOR is set
    }

    [Fact]
    public void Replay_of_a_written_counterexample_says_it_still_fails_and_names_an_older_producer()
    {
        CliProcess.Run("counterexample", "--policy", "highest-completed", "--property", "P1", "--out", _dir.Path).ExitsWith(0);
        var file = Path.Combine(_dir.Path, "highest-completed.P1.json");

        var replayed = CliProcess.Run("replay", file).ExitsWith(0).HasNoStackTrace();
        Assert.Contains("still fails: P1 prefix-safety (highest-completed)", replayed.Stdout);
        Assert.DoesNotContain("recorded by", replayed.Stdout);

        var old = _dir.Write("old.json", File.ReadAllText(file).Replace(VersionStamp.ProducedBy, "dioverify 0.0.1"));
        var oldReplayed = CliProcess.Run("replay", old).ExitsWith(0);
        Assert.Contains("still fails: P1 prefix-safety", oldReplayed.Stdout);
        Assert.Contains($"recorded by dioverify 0.0.1; replayed by {VersionStamp.ProducedBy}", oldReplayed.Stdout);
    }

    [Fact]
    public void A_counterexample_replayed_under_a_fixed_policy_no_longer_fails()
    {
        var schedule = CounterexampleCommand.Search(PolicyCatalog.Builtin.Find("sum-completed")!, PropertyId.P1, 2).Schedule!;
        var fixedRun = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, schedule);

        Assert.StartsWith("no longer fails: P1 prefix-safety holds for contiguous-prefix", CounterexampleText.ReplayStatus(fixedRun, PropertyId.P1, schedule.ProducedBy, VersionStamp.ProducedBy));
    }

    [Theory]
    [InlineData("counterexample")]
    [InlineData("counterexample", "--policy", "no-such-policy")]
    [InlineData("counterexample", "--policy", "sum-completed", "--property", "P8")]
    [InlineData("counterexample", "--policy", "sum-completed", "--property", "prefix-safety")]
    [InlineData("counterexample", "--policy", "sum-completed", "--bios", "8")]
    [InlineData("counterexample", "--policy", "sum-completed", "--bios", "-1")]
    public void Usage_errors_exit_64(params string[] args) => CliProcess.Run(args).IsUsageError();

    [Fact]
    public void Terminal_colour_paints_only_the_glyph_rows_and_removing_it_gives_the_plain_text_back()
    {
        var schedule = CounterexampleCommand.Search(PolicyCatalog.Builtin.Find("prefix-stale-size")!, PropertyId.P4, 2).Schedule!;
        var plain = RunReportText.Render(Replay.Run(PolicyCatalog.Builtin.Find("prefix-stale-size")!, schedule));

        var coloured = TerminalColour.Apply(plain);

        Assert.NotEqual(plain, coloured);
        Assert.Equal(plain, Regex.Replace(coloured, "\u001b\\[[0-9;]*m", ""));
        var changed = plain.Split('\n').Zip(coloured.Split('\n')).Where(pair => pair.First != pair.Second).Select(pair => pair.First[..10]).Distinct();
        Assert.Equal(["  sectors ", "  blocks  "], changed);
        Assert.Contains("\u001b[1;31mx", coloured); // failed sectors in red
    }
}
