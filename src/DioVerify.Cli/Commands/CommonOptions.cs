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

    /// <summary>Resolves <c>--policy NAME | --all</c> to the policies meant, or a usage error.</summary>
    public static IReadOnlyList<IPolicy> Policies(string? name, bool all, IReadOnlyList<IPolicy>? fallback = null)
    {
        if (name is not null && all) throw CliException.Usage("give either --policy NAME or --all, not both");
        if (all) return PolicyCatalog.Builtin.Policies;
        if (name is null)
        {
            return fallback ?? throw CliException.Usage($"give --policy NAME or --all (policies: {PolicyCatalog.Builtin.Names})");
        }

        return [PolicyCatalog.Builtin.Find(name) ?? throw CliException.Usage($"unknown policy \"{name}\" (policies: {PolicyCatalog.Builtin.Names})")];
    }
}
