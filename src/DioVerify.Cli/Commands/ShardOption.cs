using System.CommandLine;
using DioVerify.Verdicts.Check;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>check --shard I/K</c>, or the CI system's <c>CI_NODE_INDEX</c>/<c>CI_NODE_TOTAL</c> when no <c>--shard</c> is given.
/// Both are 1-based, as GitLab's <c>parallel:</c> sets them (CI_NODE_INDEX runs from 1 to CI_NODE_TOTAL).
/// </summary>
public static class ShardOption
{
    public static Option<string?> Create() => new("--shard")
    {
        Description = "Run part I of K (1-based) of the work, dealt by estimated cost; merge the K reports with 'dioverify merge' [default: CI_NODE_INDEX/CI_NODE_TOTAL when set]",
        HelpName = "I/K",
    };

    /// <summary>The shard asked for, or null for the whole run (no option, and no CI_NODE_TOTAL above 1).</summary>
    public static Shard? Value(string? option)
    {
        if (option is not null)
        {
            return Shard.Parse(option, out var reason) ?? throw CliException.Usage($"--shard: {reason}");
        }

        var total = Environment.GetEnvironmentVariable("CI_NODE_TOTAL");
        if (string.IsNullOrEmpty(total) || total == "1") return null;
        var index = Environment.GetEnvironmentVariable("CI_NODE_INDEX");
        return Shard.Parse($"{index}/{total}", out var why)
            ?? throw CliException.Usage($"CI_NODE_INDEX={index} CI_NODE_TOTAL={total} do not name a shard (both 1-based): {why}");
    }
}
