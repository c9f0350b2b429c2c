using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests;

/// <summary>The SMT-LIB2 text of a problem re-checks independently with the z3 and cvc5 command-line solvers.</summary>
public sealed class SmtLib2ScriptTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(60);

    private readonly Z3Session session = new();
    private readonly string directory = Directory.CreateTempSubdirectory("dioverify-smt-").FullName;

    public void Dispose()
    {
        session.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void The_script_declares_models_and_the_logic_first_and_ends_with_exactly_one_check_sat()
    {
        var script = session.Run(scope => scope.ToSmtLib2(Problems.LinearSat(scope).Assertions, "QF_LIA"));
        var lines = script.TrimEnd('\n').Split('\n');

        Assert.Equal("(set-option :produce-models true)", lines[0]);
        Assert.Equal("(set-logic QF_LIA)", lines[1]);
        Assert.Equal("(check-sat)", lines[^1]);
        Assert.Single(lines, line => line.Contains("(check-sat)", StringComparison.Ordinal));
        Assert.Contains("(declare-fun x () Int)", lines);
    }

    [Fact]
    public void A_name_that_is_not_an_SMT_LIB_logic_is_rejected()
    {
        session.Run(scope =>
        {
            Assert.Throws<ArgumentException>(() => scope.ToSmtLib2(Problems.LinearSat(scope).Assertions, "QF_LIA) (exit"));
        });
    }

    [FactWhenTool("z3", "z3")]
    public void The_z3_CLI_agrees_with_the_API_on_the_script_of_a_sat_and_an_unsat_problem() =>
        AssertCliAgrees("z3");

    [FactWhenTool("cvc5", "cvc5")]
    public void The_cvc5_CLI_agrees_with_the_API_on_the_script_of_a_sat_and_an_unsat_problem() =>
        AssertCliAgrees("cvc5");

    private void AssertCliAgrees(string tool)
    {
        output.WriteLine(ExternalTool.Run(tool, CliTimeout, "--version").Output.Split('\n')[0]);
        var (sat, unsat) = session.Run(scope => (
            scope.ToSmtLib2(Problems.LinearSat(scope).Assertions, "QF_LIA"),
            scope.ToSmtLib2(Problems.LinearUnsat(scope), "QF_LIA")));

        Assert.Equal("sat", Solve(tool, "sat.smt2", sat));
        Assert.Equal("unsat", Solve(tool, "unsat.smt2", unsat));
    }

    private string Solve(string tool, string fileName, string script)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, script);
        var (exitCode, stdout, stderr) = ExternalTool.Run(tool, CliTimeout, path);

        Assert.True(exitCode == 0, $"{tool} exited with {exitCode} on\n{script}\nstdout: {stdout}\nstderr: {stderr}");
        return stdout.Trim();
    }
}
