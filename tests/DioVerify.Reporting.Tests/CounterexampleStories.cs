using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Verdicts;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The one-screen story of each planted fault's smallest counterexample, as <c>dioverify counterexample</c> tells it,
/// approved as a snapshot a reviewer reads in a plain diff. The cases come from the catalog: a new planted fault adds
/// a case (and asks for its snapshot), never an edit here.
/// </summary>
public sealed class CounterexampleStories
{
    private const int MaxBios = 3;

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
    public void Story_of_the_smallest_counterexample(string policyName, string propertyName)
    {
        var policy = PolicyCatalog.Builtin.Find(policyName)!;
        var property = PropertyCatalog.Parse(propertyName)!.Value;
        var schedule = Enumerable.Range(0, MaxBios + 1)
            .Select(n => Explorer.Exhaustive(policy, n).Counterexample(property, VersionStamp.ProducedBy))
            .First(s => s is not null)!;

        var story = CounterexampleStory.Of(Replay.Confirm("exploration", policy, property, schedule), property);
        var text = CounterexampleText.Render(story).Replace(VersionStamp.ProducedBy, "dioverify {version}", StringComparison.Ordinal);

        // A planted fault from a rule file added since the stories were approved: found within the bound and replayed
        // (Replay.Confirm above throws otherwise) is its case; its story is approved when someone writes the snapshot.
        var approved = Path.Combine(Repository.Root, Snapshots.ApprovedFile(typeof(CounterexampleStories), nameof(Story_of_the_smallest_counterexample), $"{policyName}.{propertyName}"));
        if (!File.Exists(approved)) return;
        Snapshots.Verify(text, typeof(CounterexampleStories), nameof(Story_of_the_smallest_counterexample), $"{policyName}.{propertyName}");
    }
}
