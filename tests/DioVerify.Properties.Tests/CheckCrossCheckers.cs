using DioVerify.Check;
using DioVerify.Check.Proving;
using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Smt.External;
using DioVerify.Verdicts.Check;
using Xunit;

namespace DioVerify.Properties.Tests;

/// <summary>check's proof phase runs exactly the solvers it is given: z3-api always, the command-line ones chosen.</summary>
public sealed class CheckCrossCheckers : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dioverify-solvers-").FullName;

    [Fact]
    public void With_cvc5_alone_beside_z3_api_every_obligation_has_two_answers_that_agree()
    {
        var table = Prove([ExternalSolver.Cvc5]);

        Assert.Equal(["z3-api", "cvc5"], table.Solvers);
        Assert.All(table.Rows, row =>
        {
            Assert.Equal(["z3-api", "cvc5"], row.Answers.Select(a => a.Solver));
            Assert.Single(row.Answers.Select(a => a.Verdict).Distinct());
        });
    }

    [Fact]
    public void With_no_command_line_solver_only_the_in_process_prover_answers()
    {
        var table = Prove([]);

        Assert.Equal(["z3-api"], table.Solvers);
        Assert.All(table.Rows, row => Assert.Equal("z3-api", Assert.Single(row.Answers).Solver));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private ProofTable Prove(IReadOnlyList<ExternalSolver> crossCheckers)
    {
        var policy = PolicyCatalog.Builtin.Find("contiguous-prefix")!;
        var options = new CheckOptions([policy], Path.Combine(root, "proofs"), Path.Combine(root, "models"))
        {
            ProofBios = 1,
            Update = true,
            Jobs = 1,
            CrossCheckers = crossCheckers,
        };
        var problems = new List<CheckProblem>();
        var table = ProofPhase.Run(options, ShardPlan.Everything, SilentProgress.Instance, problems);
        Assert.Empty(problems);
        Assert.Equal(7, table.Rows.Count);
        return table;
    }
}
