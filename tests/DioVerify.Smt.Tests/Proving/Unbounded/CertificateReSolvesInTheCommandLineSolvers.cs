using DioVerify.Engine.Properties;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// The unbounded certificates as SMT-LIB2: a header naming the method, the domain, its cases, the identity and what the
/// certificate rests on; safety per case (P1–P5, P7), the order lemma per case (P6), and one shared file with the
/// invariant's initiation and consecution; each a QF_LIA query, every one answered unsat by the z3 and cvc5 CLIs.
/// </summary>
public sealed class CertificateReSolvesInTheCommandLineSolvers(UnboundedProverFixture fixture, ITestOutputHelper output) : IClassFixture<UnboundedProverFixture>
{
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(120);

    private static int Cases => DeviceGeometry.WideByBlock.Count;

    [Fact]
    public void A_safety_certificate_names_its_method_domain_identity_and_premises_and_asks_safety_per_case()
    {
        var o = new Obligation(UnboundedProverFixture.Policy("contiguous-prefix"), PropertyId.P1, null);
        var lines = fixture.Prover.Certificate(o).Split('\n');
        var header = lines.TakeWhile(line => line.StartsWith(';')).ToList();

        Assert.Contains("; bound:    unbounded", header);
        Assert.Contains($"; identity: {fixture.Prover.Identity(o)}", header);
        Assert.Contains($"; domain:   every number of BIOs, any offset, length, file size and free-block count, every outcome and arrival order, on {GeometryDomain.WideText}", header);
        Assert.Contains(header, line => line.StartsWith("; method:   induction-over-file-order: ", StringComparison.Ordinal));
        Assert.Contains(header, line => line.StartsWith("; rests on: contiguous-prefix.P6.smt2 (P6's order lemma for this policy), invariant.wide.smt2", StringComparison.Ordinal));
        Assert.Contains(header, line => line.StartsWith("; invariant: off <= pos <= cut", StringComparison.Ordinal));
        Assert.Contains("(set-logic QF_LIA)", lines);
        Assert.Equal(Cases, lines.Count(line => line.Trim() == "(check-sat)"));
        foreach (var g in DeviceGeometry.WideByBlock) Assert.Contains($"; case: safety, geometry {g.Name}", lines);
    }

    [Fact]
    public void The_shared_invariant_certificate_asks_initiation_and_consecution_and_the_every_order_premises_per_case()
    {
        var lines = fixture.Prover.InvariantCertificate(GeometryDomain.Wide).Split('\n');

        Assert.Equal(4 * Cases, lines.Count(line => line.Trim() == "(check-sat)"));
        foreach (var g in DeviceGeometry.WideByBlock)
        {
            Assert.Contains($"; case: initiation, geometry {g.Name}", lines);
            Assert.Contains($"; case: consecution, geometry {g.Name}", lines);
        }
    }

    [FactWhenTool("z3", "z3")]
    public void The_z3_CLI_answers_every_condition_unsat() => AssertAllUnsat(ExternalSolver.Z3ForCertificates);

    [FactWhenTool("cvc5", "cvc5")]
    public void The_cvc5_CLI_answers_every_condition_unsat() => AssertAllUnsat(ExternalSolver.Cvc5);

    private void AssertAllUnsat(ExternalSolver solver)
    {
        foreach (var (name, text) in new[]
        {
            ("safety", fixture.Prover.Certificate(new Obligation(UnboundedProverFixture.Policy("contiguous-prefix"), PropertyId.P1, null))),
            ("order lemma", fixture.Prover.Certificate(new Obligation(UnboundedProverFixture.Policy("contiguous-prefix"), PropertyId.P6, null))),
            ("invariant", fixture.Prover.InvariantCertificate(GeometryDomain.Wide)),
        })
        {
            var (verdict, detail, elapsed) = solver.SolveScript(text, CliTimeout);
            output.WriteLine($"{solver.Name} on the {name} certificate: {verdict} ({detail}) in {elapsed.TotalSeconds:0.00} s");
            Assert.Equal(SolverVerdict.Unsat, verdict);
        }
    }
}
