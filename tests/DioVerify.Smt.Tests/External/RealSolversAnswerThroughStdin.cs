using DioVerify.Smt.External;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.External;

/// <summary>The Debian z3 and cvc5 CLIs read the script from a pipe and are judged by the strict rules.</summary>
public sealed class RealSolversAnswerThroughStdin
{
    private const string Sat = "(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(reset)\n";
    private const string Unsat = "(set-logic QF_LIA)\n(declare-const x Int)\n(assert (and (> x 0) (< x 0)))\n(check-sat)\n(reset)\n";

    /// <summary>z3 4.8.12 prints an error for this, then answers sat anyway, and exits 1 (measured).</summary>
    private const string NonlinearInLinearLogic = "(set-logic QF_LIA)\n(declare-const x Int)\n(declare-const y Int)\n(assert (= (* x y) 6))\n(check-sat)\n";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [FactWhenTool("z3", "z3")]
    public void Z3_proves_two_unsat_queries_and_refutes_at_the_sat_one()
    {
        AssertVerdicts(ExternalSolver.Z3);
    }

    [FactWhenTool("cvc5", "cvc5")]
    public void Cvc5_proves_two_unsat_queries_and_refutes_at_the_sat_one()
    {
        AssertVerdicts(ExternalSolver.Cvc5);
    }

    [FactWhenTool("z3", "z3")]
    public void Z3_error_for_a_nonlinear_term_in_QF_LIA_is_unknown_not_a_refutation()
    {
        var (verdict, detail, _) = ExternalSolver.Z3.SolveScript(NonlinearInLinearLogic, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Contains("logic does not support nonlinear arithmetic", detail);
    }

    [FactWhenTool("cvc5", "cvc5")]
    public void Cvc5_error_for_a_nonlinear_term_in_QF_LIA_is_unknown()
    {
        var (verdict, detail, _) = ExternalSolver.Cvc5.SolveScript(NonlinearInLinearLogic, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.StartsWith("error line: (error", detail);
    }

    private static void AssertVerdicts(ExternalSolver solver)
    {
        var proved = solver.SolveScript(Unsat + Unsat, Budget);
        Assert.True(proved.Verdict == SolverVerdict.Unsat, proved.Detail);
        Assert.Equal("2 of 2 queries unsat", proved.Detail);

        var refuted = solver.SolveScript(Unsat + Sat + Unsat, Budget);
        Assert.True(refuted.Verdict == SolverVerdict.Sat, refuted.Detail);
        Assert.Equal("sat at query 2 of 3", refuted.Detail);
    }
}
