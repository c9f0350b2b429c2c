using DioVerify.Engine.Properties;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// The unbounded certificate as SMT-LIB2: a header naming the method and the invariant, initiation, consecution and
/// safety per geometry, each a QF_LIA query, every one answered unsat by the z3 and cvc5 command-line solvers.
/// </summary>
public sealed class CertificateReSolvesInTheCommandLineSolvers(UnboundedProverFixture fixture, ITestOutputHelper output) : IClassFixture<UnboundedProverFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public void The_certificate_names_its_method_and_invariant_and_asks_three_conditions_per_geometry()
    {
        var lines = Certificate().Split('\n');
        var header = lines.TakeWhile(line => line.StartsWith(';')).ToList();

        Assert.Contains("; bound:    unbounded", header);
        Assert.Contains(header, line => line.StartsWith("; method:   induction-over-file-order: ", StringComparison.Ordinal));
        Assert.Contains(header, line => line.StartsWith("; invariant: off <= pos <= cut", StringComparison.Ordinal));
        Assert.Contains($"; {3 * DeviceGeometry.Family.Count} queries (initiation, consecution, safety per geometry); each must be unsat for the proof; a sat refutes the certificate, not the property", header);
        Assert.Contains("(set-logic QF_LIA)", lines);
        Assert.Equal(3 * DeviceGeometry.Family.Count, lines.Count(line => line.Trim() == "(check-sat)"));
        foreach (var g in DeviceGeometry.Family)
        {
            foreach (var condition in new[] { "initiation", "consecution", "safety" })
            {
                Assert.Contains($"; case: {condition}, geometry {g.Name}", lines);
            }
        }
    }

    [FactWhenTool("z3", "z3")]
    public void The_z3_CLI_answers_every_condition_unsat() => AssertAllUnsat(ExternalSolver.Z3);

    [FactWhenTool("cvc5", "cvc5")]
    public void The_cvc5_CLI_answers_every_condition_unsat() => AssertAllUnsat(ExternalSolver.Cvc5);

    private void AssertAllUnsat(ExternalSolver solver)
    {
        var (verdict, detail, elapsed) = solver.SolveScript(Certificate(), CliTimeout);
        output.WriteLine($"{solver.Name}: {verdict} ({detail}) in {elapsed.TotalSeconds:0.00} s");

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.StartsWith($"{3 * DeviceGeometry.Family.Count} ", detail);
    }

    private string Certificate() =>
        fixture.Prover.SmtLib2(new Obligation(UnboundedProverFixture.Policy("contiguous-prefix"), PropertyId.P1, null));
}
