using System.CommandLine;
using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;
using DioVerify.Reporting;
using DioVerify.Smt.Proving;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify policies</c>: the catalog, each policy's rule and expected verdicts; with <c>--rules</c>, lints and lists the user's rules.</summary>
public static class PoliciesCommand
{
    /// <summary>The bound at which lint searches for a request that makes a rule's arithmetic undefined (check's proof bound).</summary>
    public const int LintBios = 3;

    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var rules = RulesOption.Create();
        var command = new Command("policies", "List the policy catalog: each policy's return rule and the properties it must satisfy or is expected to violate; with --rules, lint and list those rule files")
        {
            format, rules,
        };
        command.SetAction(parsed =>
        {
            var userRules = RulesOption.Load(parsed, rules);
            RulesOption.Catalog(userRules);
            foreach (var rule in userRules) Lint(rule);
            IReadOnlyList<IPolicy> listed = userRules.Count > 0 ? userRules : PolicyCatalog.Builtin.Policies;
            if (parsed.GetValue(format) == "json")
            {
                Console.Write(PoliciesJson.Render(listed));
                return (int)ExitCode.Ok;
            }

            foreach (var policy in listed)
            {
                var holds = PropertyCatalog.All.Where(policy.Expected.Holds);
                Console.WriteLine(policy.Name);
                Console.WriteLine($"  rule      {policy.Rule}");
                if (policy is RulePolicy { Source: var source } && userRules.Count > 0) Console.WriteLine($"  source    {source.File}:{source.Line}");
                Console.WriteLine($"  satisfies {VerdictText.List(holds)}");
                Console.WriteLine($"  violates  {VerdictText.List(policy.Expected.Violated)}");
                foreach (var property in policy.Expected.Violated)
                {
                    Console.WriteLine($"            {property}: {policy.Expected.WhyViolated(property)}");
                }
            }

            return (int)ExitCode.Ok;
        });
        return command;
    }

    /// <summary>
    /// Beyond syntax and types: a rule whose arithmetic is undefined (a division by zero, an overflow of long) on some
    /// valid request of up to <see cref="LintBios"/> BIOs is rejected with that request, as the prover would refute it.
    /// </summary>
    private static void Lint(RulePolicy rule)
    {
        using var session = Z3Provider.Session();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var verdict = session.Run(scope => WellDefinedness.Check(scope, rule, LintBios, () => deadline - DateTime.UtcNow));
        var at = rule.Definition.ReturnAt;
        if (verdict is { Defined: false, Counterexample: { } c })
        {
            var r = c.Request;
            var outcomes = string.Join(" ", c.Outcomes.Select(o => o.ToString().ToLowerInvariant()));
            throw new BadInputException(rule.Definition.File, at.Line, at.Column,
                $"{verdict.Reason}: offset {r.Offset}, length {r.Length}, fileSize {r.FileSize}, blockSize {r.BlockSize}, sectorSize {r.SectorSize}, maxBioBytes {r.MaxBioBytes}, freeBlocks {c.FreeBlocks?.ToString() ?? "unlimited"}, outcomes [{outcomes}]");
        }

        if (verdict.Defined is null) Console.Error.WriteLine($"{rule.Definition.File}:{at.Line}:{at.Column}: warning: well-definedness not decided ({verdict.Reason})");
    }
}
