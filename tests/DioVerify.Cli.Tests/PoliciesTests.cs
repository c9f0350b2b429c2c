using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary><c>dioverify policies</c>: the catalog with each rule and the properties it satisfies or violates (SPEC "Policies").</summary>
public sealed class PoliciesTests
{
    private static readonly string[] AllProperties = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];

    /// <summary>SPEC.md's "fails" column.</summary>
    public static TheoryData<string, string[]> ExpectedViolations => new()
    {
        { "legacy-all-or-nothing", ["P3"] },
        { "contiguous-prefix", [] },
        { "iomap-modern", ["P3"] },
        { "naive-partial", ["P1", "P3", "P4"] },
        { "sum-completed", ["P1", "P3", "P4"] },
        { "arrival-cutoff", ["P1", "P3", "P4", "P6"] },
        { "highest-completed", ["P1", "P3", "P4"] },
        { "prefix-stale-size", ["P4"] },
        { "prefix-keep-blocks", ["P5"] },
        { "prefix-zero-not-error", ["P7"] },
        { "sector-count-units", ["P2", "P3"] },
    };

    private static readonly Lazy<CliResult> Listing = new(() => CliProcess.Run("policies"));

    [Fact]
    public void Policies_exits_0_and_lists_all_eleven_policies_in_catalog_order()
    {
        var result = Listing.Value.ExitsWith(0).HasNoStackTrace();

        var names = Lines(result).Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])).ToList();
        Assert.Equal(Schedules.PolicyNames, names);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [MemberData(nameof(ExpectedViolations))]
    public void Each_policy_shows_its_rule_the_properties_it_satisfies_and_those_it_violates(string policy, string[] violated)
    {
        var block = Block(policy);

        var rule = Assert.Single(block, l => l.TrimStart().StartsWith("rule ", StringComparison.Ordinal));
        Assert.True(rule.Trim().Length > "rule".Length + 3, $"policy {policy} has an empty rule: '{rule}'");
        Assert.Equal(AllProperties.Except(violated), Listed(block, "satisfies"));
        Assert.Equal(violated, Listed(block, "violates"));
        foreach (var property in violated)
        {
            // Each violation comes with its reason: "P3: progress lost: ...".
            Assert.Contains(block, l => l.TrimStart().StartsWith($"{property}: ", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Lines(CliResult result) => result.Stdout.Replace("\r\n", "\n").Split('\n');

    /// <summary>The policy's name line and the indented lines under it.</summary>
    private static List<string> Block(string policy) =>
        Lines(Listing.Value.ExitsWith(0)).SkipWhile(l => l != policy).Skip(1).TakeWhile(l => l.Length > 0 && char.IsWhiteSpace(l[0])).ToList();

    /// <summary>"  violates  P1, P3, P4" → [P1, P3, P4]; "-" → [].</summary>
    private static string[] Listed(List<string> block, string label)
    {
        var line = Assert.Single(block, l => l.TrimStart().StartsWith(label + " ", StringComparison.Ordinal)).Trim()[label.Length..].Trim();
        return line == "-" ? [] : [.. line.Split(',', StringSplitOptions.TrimEntries)];
    }
}
