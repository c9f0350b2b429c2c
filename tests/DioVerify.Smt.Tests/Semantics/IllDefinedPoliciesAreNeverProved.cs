using DioVerify.Verdicts.Proofs;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Write;
using DioVerify.Smt.Differential;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Issue 13's holes, closed: a policy whose code would behave differently under the two interpretations is never
/// proved. Overflow and division by zero are refuted by the well-definedness step with a request on which the
/// reference engine throws; arithmetic on negative values means the same in both, so the property fails in both.
/// </summary>
public sealed class IllDefinedPoliciesAreNeverProved : IDisposable
{
    private const int Bios = 2;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    public static TheoryData<string> Undefinable => ["overflow", "division"];

    [Theory]
    [MemberData(nameof(Undefinable))]
    public void A_policy_undefined_on_some_valid_request_is_refuted_with_that_request_which_throws_when_replayed(string which)
    {
        IPolicy policy = which == "overflow" ? new MidpointOverflowNearTop() : new DividesByUncutSpan();

        var result = new Prover(session, Timeout, "dioverify-tests").Prove(new Obligation(policy, PropertyId.P1, Bios));

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{result.Verdict}: {result.Reason}");
        Assert.Equal(WellDefinedness.Method, result.Method);
        Assert.Contains(which == "overflow" ? "overflow of long in the policy's finish" : "division by zero in the policy's finish", result.Reason);
        var schedule = Assert.IsType<Schedule>(result.Counterexample);
        Assert.Null(schedule.Request.Validate());
        Assert.Throws<UndefinedArithmeticException>(() => Replay.Run(policy, schedule));
    }

    [Fact]
    public void The_overflow_is_found_only_near_2_pow_63_and_the_policy_is_defined_below()
    {
        var result = new Prover(session, Timeout, "dioverify-tests").Prove(new Obligation(new MidpointOverflowNearTop(), PropertyId.P2, Bios));

        var request = result.Counterexample!.Request;
        Assert.True(request.Offset + request.Length > long.MaxValue / 2, $"offset {request.Offset}, length {request.Length}");
        var small = new Schedule(new WriteRequest(0, 8192, 0, 4096, 512, 4096), null, [BioStatus.Ok, BioStatus.Ok], [1, 0]);
        Assert.Equal(8192, Replay.Run(new MidpointOverflowNearTop(), small).Returned);
    }

    public static TheoryData<string> NegativeArithmetic => ["mod", "div"];

    [Theory]
    [MemberData(nameof(NegativeArithmetic))]
    public void Arithmetic_on_negative_values_is_refuted_as_the_reference_engine_computes_it(string which)
    {
        IPolicy policy = which == "mod" ? new ErrnoByNegativeMod() : new WholeBlocksByNegativeDiv();

        var result = new Prover(session, Timeout, "dioverify-tests").Prove(new Obligation(policy, PropertyId.P7, Bios));

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{result.Verdict}: {result.Reason}");
        Assert.NotEqual(WellDefinedness.Method, result.Method);
        var replayed = Replay.Run(policy, result.Counterexample!);
        Assert.Equal(false, replayed.Verdicts.Single(v => v.Property == PropertyId.P7).Holds);
    }

    [Theory]
    [MemberData(nameof(NegativeArithmetic))]
    public void Arithmetic_on_negative_values_gives_the_same_results_in_both_interpretations_on_every_sampled_request(string which)
    {
        IPolicy policy = which == "mod" ? new ErrnoByNegativeMod() : new WholeBlocksByNegativeDiv();

        var disagreements = InterpretationAgreement.Check(session, [policy], seed: 13);

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Every_catalog_policy_is_well_defined_on_every_valid_request()
    {
        var verdicts = session.Run(scope => PolicyCatalog.Builtin.Policies
            .Select(p => (p.Name, Verdict: WellDefinedness.Check(scope, p, Bios, () => Timeout)))
            .ToList());

        Assert.All(verdicts, v => Assert.True(v.Verdict.Defined == true, $"{v.Name}: {v.Verdict.Reason}"));
    }

    [Fact]
    public void The_negative_errno_policy_returns_errno_59_in_the_reference_engine_as_Euclidean_Mod_says()
    {
        var schedule = new Schedule(new WriteRequest(0, 4096, 0, 4096, 512, 4096), null, [BioStatus.Eio], [0]);

        Assert.Equal(-59, Replay.Run(new ErrnoByNegativeMod(), schedule).Returned);
    }
}
