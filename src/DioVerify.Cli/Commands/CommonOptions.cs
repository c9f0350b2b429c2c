using System.CommandLine;
using DioVerify.Engine.Policies;

namespace DioVerify.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help agree.</summary>
public static class CommonOptions
{
    public static Option<string> Format(params string[] formats) => new("--format")
    {
        Description = $"Output format: {string.Join(", ", formats)}",
        DefaultValueFactory = _ => formats[0],
        Validators = { r => { if (r.Tokens.Count > 0 && !formats.Contains(r.Tokens[0].Value)) r.AddError($"--format must be one of {string.Join(", ", formats)}"); } },
    };

    public static Option<string?> Policy() => new("--policy") { Description = $"Policy name: {PolicyCatalog.Builtin.Names}" };

    public static Option<bool> All(string what) => new("--all") { Description = $"Every policy of the catalog ({what})" };

    /// <summary>
    /// Resolves <c>--policy NAME | --all</c> against <paramref name="catalog"/>; with neither, the user's
    /// <paramref name="rules"/> when <c>--rules</c> gave some, else <paramref name="fallback"/> or a usage error.
    /// </summary>
    public static IReadOnlyList<IPolicy> Policies(PolicyCatalog catalog, IReadOnlyList<IPolicy> rules, string? name, bool all, IReadOnlyList<IPolicy>? fallback = null)
    {
        if (name is not null && all) throw CliException.Usage("give either --policy NAME or --all, not both");
        if (all) return catalog.Policies;
        if (name is null)
        {
            if (rules.Count > 0) return rules;
            return fallback ?? throw CliException.Usage($"give --policy NAME or --all (policies: {catalog.Names})");
        }

        return [catalog.Find(name) ?? throw CliException.Usage($"unknown policy \"{name}\" (policies: {catalog.Names})")];
    }
}
