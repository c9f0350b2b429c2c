using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Smt.Proving;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>--rules PATH</c>, shared by every command that resolves policies: user rule files (a file, or a folder of
/// <c>*.rule</c>) added to the built-in catalog. A malformed file is bad input (<c>file:line:column: reason</c>, exit 65).
/// </summary>
public static class RulesOption
{
    public static Option<string[]> Create() => new("--rules")
    {
        Description = "A rule file, or a folder of *.rule files, added to the catalog (repeatable); without --policy/--all, the command runs on these rules",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// The rules the user gave, parsed and checked (none without the option); a fold declared <c>commutative</c> that is
    /// not is bad input, decided by the solver (only rules that make the claim start one).
    /// </summary>
    public static IReadOnlyList<RulePolicy> Load(ParseResult parsed, Option<string[]> option)
    {
        var rules = parsed.GetValue(option) is { Length: > 0 } paths ? RuleFileLoader.Load(paths) : [];
        foreach (var rule in rules.Where(r => r.Definition.Folds.Any(f => f.CommutativeAt is not null)))
        {
            using var session = Z3Provider.Session();
            foreach (var warning in UserFoldCommutation.CheckClaims(session, rule, TimeSpan.FromSeconds(30))) Console.Error.WriteLine(warning);
        }

        return rules;
    }

    /// <summary>The built-in catalog with the user's rules added; a rule that takes a name already in it is bad input.</summary>
    public static PolicyCatalog Catalog(IReadOnlyList<RulePolicy> rules) =>
        rules.Count == 0 ? PolicyCatalog.Builtin : RuleFileLoader.Extend(PolicyCatalog.Builtin, rules);
}
