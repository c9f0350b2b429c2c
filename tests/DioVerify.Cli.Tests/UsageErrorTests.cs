using DioVerify.Cli.Tests.Support;
using DioVerify.Exploration;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// A wrong command line exits 64 with a message on stderr (DESIGN.md "CLI contract"), whether the parser
/// or the command's action finds it.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void No_command_is_a_usage_error() => CliProcess.Run().IsUsageError();

    [Fact]
    public void Unknown_command_is_a_usage_error_that_names_it()
    {
        var result = CliProcess.Run("frobnicate").IsUsageError();

        Assert.Contains("frobnicate", result.Stderr);
    }

    [Theory]
    [InlineData("policies", "--bogus")]
    [InlineData("check", "--bogus")]
    [InlineData("explore", "--policy", "naive-partial", "--bios", "2", "--exhaustive", "--bogus")]
    [InlineData("prove", "--bogus")]
    public void Unknown_option_is_a_usage_error_that_names_it(params string[] args)
    {
        var result = CliProcess.Run(args).IsUsageError();

        Assert.Contains("--bogus", result.Stderr);
    }

    [Fact]
    public void Replay_without_a_schedule_file_is_a_usage_error()
    {
        var result = CliProcess.Run("replay").IsUsageError();

        Assert.Contains("replay", result.Stderr);
    }

    [Fact]
    public void Replay_with_format_xml_is_a_usage_error_that_lists_the_formats()
    {
        var file = _dir.Write("spec.json", Schedules.SpecExample);

        var result = CliProcess.Run("replay", file, "--format", "xml").IsUsageError();

        Assert.Contains("text, json", result.Stderr);
    }

    [Fact]
    public void Explore_with_format_xml_is_a_usage_error() =>
        CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "2", "--exhaustive", "--format", "xml").IsUsageError();

    [Fact]
    public void Explore_with_a_non_numeric_bios_is_a_usage_error() =>
        CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "two", "--exhaustive").IsUsageError();

    [Fact]
    public void Explore_without_bios_is_a_usage_error()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--exhaustive").IsUsageError();

        Assert.Contains("--bios", result.Stderr);
    }

    [Fact]
    public void Prove_with_an_unknown_solver_is_a_usage_error() =>
        CliProcess.Run("prove", "--policy", "contiguous-prefix", "--solver", "yices").IsUsageError();

    [Fact]
    public void Explore_with_both_exhaustive_and_samples_is_a_usage_error()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "2", "--exhaustive", "--samples", "5").IsUsageError();

        Assert.Contains("--exhaustive", result.Stderr);
        Assert.Contains("--samples", result.Stderr);
    }

    [Fact]
    public void Explore_with_neither_exhaustive_nor_samples_is_a_usage_error()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "2").IsUsageError();

        Assert.Contains("--exhaustive", result.Stderr);
        Assert.Contains("--samples", result.Stderr);
    }

    [Fact]
    public void Explore_without_policy_or_all_is_a_usage_error_that_lists_the_policies()
    {
        var result = CliProcess.Run("explore", "--bios", "2", "--exhaustive").IsUsageError();

        foreach (var name in Schedules.PolicyNames) Assert.Contains(name, result.Stderr);
    }

    [Fact]
    public void Explore_with_samples_zero_is_a_usage_error() =>
        CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "2", "--samples", "0").IsUsageError();

    [Theory]
    [InlineData("explore", "--bios", "2", "--exhaustive")]
    [InlineData("prove", "--bios", "1")]
    [InlineData("replay", "SCHEDULE")]
    public void Unknown_policy_name_is_a_usage_error_whose_message_lists_the_policies(string command, params string[] rest)
    {
        var args = new List<string> { command };
        args.AddRange(rest.Select(a => a == "SCHEDULE" ? _dir.Write("spec.json", Schedules.SpecExample) : a));
        args.AddRange(["--policy", "no-such-policy"]);

        var result = CliProcess.Run(args, CliProcess.DefaultTimeout).IsUsageError();

        Assert.Contains("no-such-policy", result.Stderr);
        foreach (var name in Schedules.PolicyNames) Assert.Contains(name, result.Stderr);
    }

    [Fact]
    public void Replay_with_both_policy_and_all_is_a_usage_error()
    {
        var file = _dir.Write("spec.json", Schedules.SpecExample);

        CliProcess.Run("replay", file, "--policy", "contiguous-prefix", "--all").IsUsageError();
    }

    [Fact]
    public void Explore_with_negative_bios_is_a_usage_error_that_states_the_range()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "-1", "--exhaustive").IsUsageError();

        Assert.Contains("--bios", result.Stderr);
        Assert.Contains("-1", result.Stderr);
    }

    [Fact]
    public void Explore_exhaustive_beyond_the_limit_is_refused_with_the_schedule_count()
    {
        // The count the message must give: every request shape × 2^12 outcome vectors × 12! orders.
        var count = Explorer.ExhaustiveCount(12);
        Assert.True(count > Explorer.ExhaustiveLimit);

        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "12", "--exhaustive").IsUsageError();

        Assert.Contains($"{count:N0}", result.Stderr);
        Assert.Contains("--samples", result.Stderr);
    }

    [Fact]
    public void Prove_unbounded_for_a_property_other_than_P6_with_a_command_line_solver_is_a_usage_error()
    {
        var result = CliProcess.Run("prove", "--unbounded", "--property", "P1", "--solver", "cvc5").IsUsageError();

        Assert.Contains("--solver z3", result.Stderr);
    }

    [Fact]
    public void Prove_with_both_bios_and_unbounded_is_a_usage_error() =>
        CliProcess.Run("prove", "--unbounded", "--property", "P6", "--bios", "2").IsUsageError();

    [Fact]
    public void Prove_with_an_unknown_property_is_a_usage_error()
    {
        var result = CliProcess.Run("prove", "--policy", "contiguous-prefix", "--property", "P9").IsUsageError();

        Assert.Contains("P9", result.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Prove_with_a_non_positive_timeout_is_a_usage_error(string seconds) =>
        CliProcess.Run("prove", "--policy", "contiguous-prefix", "--property", "P1", "--bios", "1", "--timeout", seconds).IsUsageError();

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e15")]
    [InlineData("86401")]
    [InlineData("1e-9")]
    public void Prove_with_a_timeout_that_is_not_a_finite_number_of_seconds_up_to_a_day_is_a_usage_error_naming_it(string seconds)
    {
        var result = CliProcess.Run("prove", "--policy", "contiguous-prefix", "--property", "P1", "--bios", "1", "--timeout", seconds).IsUsageError();

        Assert.Contains($"--timeout {seconds}", result.Stderr);
        Assert.Contains("86400", result.Stderr);
    }

    [Fact]
    public void Check_with_max_bios_out_of_range_is_a_usage_error()
    {
        var result = CliProcess.Run("check", "--max-bios", "9").IsUsageError();

        Assert.Contains("--max-bios", result.Stderr);
    }

    [Fact]
    public void Check_with_both_unbounded_and_no_unbounded_is_a_usage_error()
    {
        var result = CliProcess.Run("check", "--unbounded", "--no-unbounded").IsUsageError();

        Assert.Contains("--unbounded and --no-unbounded", result.Stderr);
    }

    [Theory]
    [InlineData("z3-cli,cvc5", "z3-api cannot be left out")]
    [InlineData("z3-api,yices", "unknown solver \"yices\"")]
    [InlineData("z3-api,cvc5,cvc5", "\"cvc5\" is named twice")]
    [InlineData(",", "name at least z3-api")]
    public void Check_with_a_solver_list_it_cannot_run_is_a_usage_error_saying_why(string list, string why)
    {
        var result = CliProcess.Run("check", "--solvers", list).IsUsageError();

        Assert.Contains($"--solvers {list}: {why}", result.Stderr);
    }
}
