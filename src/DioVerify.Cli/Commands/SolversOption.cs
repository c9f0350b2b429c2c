using System.CommandLine;
using DioVerify.Check.Proving;
using DioVerify.Smt.External;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>check --solvers LIST</c>: which solvers decide every obligation, comma-separated from <c>z3-api</c>,
/// <c>z3-cli</c> and <c>cvc5</c>; checked when the command line is parsed (exit 64).
/// </summary>
/// <remarks>
/// z3-api must be in the list: it is the prover every verdict and counterexample comes from; the command-line
/// solvers only re-decide its obligations. Leaving one out is for a machine without it or a query it cannot
/// decide in time, and the report's columns then say which solvers agreed, nothing more.
/// </remarks>
public static class SolversOption
{
    private static readonly string[] Known = [ProofPhase.InProcess, .. ExternalSolver.All.Select(ProofPhase.ColumnOf)];

    public static Option<string> Create()
    {
        var option = new Option<string>("--solvers")
        {
            Description = $"The solvers that decide every obligation, comma-separated from {string.Join(", ", Known)} (z3-api always; the others re-check it)",
            HelpName = "LIST",
            DefaultValueFactory = _ => string.Join(",", Known),
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Problem(result.Tokens[^1].Value) is { } problem) result.AddError($"--solvers {result.Tokens[^1].Value}: {problem}");
        });
        return option;
    }

    /// <summary>The command-line solvers the list names, in the catalog's order.</summary>
    public static IReadOnlyList<ExternalSolver> CrossCheckers(string list)
    {
        if (Problem(list) is { } problem) throw CliException.Usage($"--solvers {list}: {problem}");
        var names = Names(list);
        return [.. ExternalSolver.All.Where(s => names.Contains(ProofPhase.ColumnOf(s)))];
    }

    private static string? Problem(string list)
    {
        var names = Names(list);
        if (names.Count == 0) return $"name at least {ProofPhase.InProcess}";
        if (names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown) return $"unknown solver \"{unknown}\" (known: {string.Join(", ", Known)})";
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"\"{twice.Key}\" is named twice";
        if (!names.Contains(ProofPhase.InProcess)) return $"{ProofPhase.InProcess} cannot be left out: every verdict and counterexample comes from it";
        return null;
    }

    private static List<string> Names(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
