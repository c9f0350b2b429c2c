using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>Every command answers <c>--help</c> with exit 0 and names its options (issue 2, item 5).</summary>
public sealed class HelpTests
{
    public static TheoryData<string, string[]> CommandsAndTheirOptions => new()
    {
        { "policies", [] },
        { "replay", ["SCHEDULE.json", "--policy", "--all", "--format"] },
        { "explore", ["--policy", "--all", "--bios", "--exhaustive", "--samples", "--seed", "--format"] },
        { "check", ["--max-bios", "--cache", "--no-cache", "--shard", "--report", "CI_NODE_INDEX", "--unbounded", "--no-unbounded"] },
        { "merge", ["REPORT.json", "--format", "--html", "--report"] },
        { "prove", ["--policy", "--all", "--property", "--bios", "--unbounded", "--solver", "--timeout", "--format"] },
        { "bench", ["--max-bios", "--quick", "--check", "--timeout", "--jobs", "--format"] },
        { "record", ["--output", "--device", "--buffer-kb", "--pid", "--duration", "COMMAND"] },
    };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Root_help_exits_0_and_lists_every_command(string flag)
    {
        var result = CliProcess.Run(flag).ExitsWith(0).HasNoStackTrace();

        Assert.Contains("Usage:", result.Stdout);
        foreach (var command in new[] { "policies", "replay", "explore", "check", "merge", "prove", "bench", "record" })
        {
            Assert.Contains($"  {command}", result.Stdout);
        }

        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [MemberData(nameof(CommandsAndTheirOptions))]
    public void Command_help_exits_0_and_mentions_each_of_its_options(string command, string[] options)
    {
        var result = CliProcess.Run(command, "--help").ExitsWith(0).HasNoStackTrace();

        Assert.Contains($"dioverify {command}", result.Stdout);
        Assert.Contains("--help", result.Stdout);
        foreach (var option in options) Assert.Contains(option, result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Policy_option_help_lists_every_policy_name()
    {
        var result = CliProcess.Run("explore", "--help").ExitsWith(0);

        foreach (var name in Schedules.PolicyNames) Assert.Contains(name, result.Stdout);
    }
}
