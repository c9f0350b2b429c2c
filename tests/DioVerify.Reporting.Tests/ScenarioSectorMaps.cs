using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The canonical scenarios of <c>models/scenarios/</c> as approved pictures: for each, what <c>dioverify replay</c>
/// prints for every policy of the catalog (request, R against P, size, kept blocks, verdicts, sector map and
/// legend), in one snapshot a reviewer reads in a plain diff.
/// </summary>
public sealed class ScenarioSectorMaps
{
    private const string Method = nameof(Every_policy_on_the_scenario);

    /// <summary>Every <c>models/scenarios/*.json</c>, by name without the extension.</summary>
    public static TheoryData<string> Scenarios => [.. ScenarioNames()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_policy_on_the_scenario(string scenario)
    {
        var path = Path.Combine(Repository.Scenarios, scenario + ".json");
        var schedule = ScheduleReader.ReadFile(path);
        var approved = Path.Combine(Repository.Root, Snapshots.ApprovedFile(typeof(ScenarioSectorMaps), Method, scenario));
        var pictured = File.Exists(approved) ? Pictured(File.ReadAllText(approved)) : PolicyCatalog.Builtin.Policies.Select(p => p.Name).ToHashSet();

        // The snapshot pictures the policies it was approved with (a built-in that is dropped or renamed still fails it).
        var policies = PolicyCatalog.Builtin.Policies.Where(p => pictured.Contains(p.Name)).ToList();
        Snapshots.Verify(Render(scenario, schedule, policies), typeof(ScenarioSectorMaps), Method, scenario);

        // A rule file added to the catalog since is a new case, judged against its own claims rather than a picture.
        foreach (var added in PolicyCatalog.Builtin.Policies.Where(p => !pictured.Contains(p.Name)))
        {
            var run = Replay.Run(added, schedule);
            var broken = run.Verdicts.Where(v => v.Holds == false && added.Expected.Holds(v.Property)).Select(v => v.Property.ToString()).ToList();
            Assert.True(broken.Count == 0, $"{added.Name} claims {string.Join(", ", broken)} but violates it on {scenario}:\n{RunReportText.Render(run)}");
        }
    }

    /// <summary>The policies a snapshot pictures: its <c>policy NAME: rule</c> headings.</summary>
    private static HashSet<string> Pictured(string snapshot) =>
        [.. snapshot.Split('\n').Where(l => l.StartsWith("policy ", StringComparison.Ordinal)).Select(l => l["policy ".Length..l.IndexOf(':', StringComparison.Ordinal)])];

    [Fact]
    public void Every_scenario_has_one_approved_snapshot_and_every_snapshot_a_scenario()
    {
        var scenarios = ScenarioNames();
        var snapshots = Snapshots.ApprovedScenarios(typeof(ScenarioSectorMaps), Method);
        var problems = new List<string>();
        foreach (var missing in scenarios.Except(snapshots))
        {
            problems.Add(
                $"models/scenarios/{missing}.json has no approved snapshot {Snapshots.ApprovedFile(typeof(ScenarioSectorMaps), Method, missing)}: " +
                $"run the tests, check {Snapshots.ReceivedFile(typeof(ScenarioSectorMaps), Method, missing)} against SPEC, rename it to .approved.txt " +
                "and add a line for the scenario to models/scenarios/README.md");
        }

        foreach (var orphan in snapshots.Except(scenarios))
        {
            problems.Add(
                $"{Snapshots.ApprovedFile(typeof(ScenarioSectorMaps), Method, orphan)} has no scenario models/scenarios/{orphan}.json: " +
                "delete the snapshot, or restore the scenario file it pictures");
        }

        var readme = File.ReadAllText(Path.Combine(Repository.Scenarios, "README.md"));
        foreach (var undocumented in scenarios.Where(s => !readme.Contains($"`{s}.json`", StringComparison.Ordinal)))
        {
            problems.Add($"models/scenarios/{undocumented}.json has no line in models/scenarios/README.md: add one saying what story it tells");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_scenario_file_is_valid_schedule_v1()
    {
        Assert.NotEmpty(ScenarioNames());
        foreach (var scenario in ScenarioNames())
        {
            var path = Path.Combine(Repository.Scenarios, scenario + ".json");
            var exception = Record.Exception(() => ScheduleReader.ReadFile(path));
            Assert.True(exception is null, $"{path}: {(exception as BadInputException)?.Message ?? exception?.ToString()}");
        }
    }

    /// <summary>What <c>dioverify replay</c> prints for each policy, under a line naming the scenario.</summary>
    private static string Render(string scenario, Schedule schedule, IEnumerable<IPolicy> policies) =>
        $"scenario models/scenarios/{scenario}.json, replayed through every policy\n\n" +
        string.Join("\n", policies.Select(policy => RunReportText.Render(Replay.Run(policy, schedule))));

    private static List<string> ScenarioNames() =>
        Directory.GetFiles(Repository.Scenarios, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
}
