using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using System.Collections.Immutable;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Write;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// A planted fault past the bounded search: Morton's rule, except that a prefix of 17 or more whole BIOs is reported
/// as EIO. Bounded search up to 8 BIOs finds nothing, so the unbounded prover must not call P3 proved; P1 still holds
/// (an error never exceeds the prefix) and is proved.
/// </summary>
/// <remarks>
/// On the ten-geometry family: the fault multiplies by M, which on the wide domain (M any multiple of S, up to 2^63)
/// may overflow, so there its verdicts are rightly unknown; this test is about BIO counts, not geometries.
/// </remarks>
public sealed class AFaultAtSeventeenBiosIsNeverProved : IDisposable
{
    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    private ProofResult Prove(IPolicy policy, PropertyId property) =>
        new Prover(session, ProverOptions.WithTimeout(TimeSpan.FromSeconds(60)) with { UnboundedGeometries = null }, "dioverify-tests").Prove(new Obligation(policy, property, null));

    private static readonly IPolicy Faulty = new EioFromSeventeenBios();

    [Fact]
    public void The_fault_is_real_at_17_BIOs_and_absent_at_16()
    {
        Assert.False(P3On(Faulty, 17));
        Assert.True(P3On(Faulty, 16));
    }

    [Fact]
    public void Progress_is_not_proved_for_every_number_of_BIOs()
    {
        var result = Prove(Faulty, PropertyId.P3);

        Assert.NotEqual(ProofVerdict.Proved, result.Verdict);
        if (result.Verdict == ProofVerdict.Refuted) Assert.False(P3Replays(result.Counterexample!));
        else Assert.Contains("safety", result.Reason);
    }

    [Fact]
    public void Prefix_safety_which_the_fault_keeps_is_proved()
    {
        var result = Prove(Faulty, PropertyId.P1);

        Assert.True(result.Verdict == ProofVerdict.Proved, $"{result.Verdict.Text()} ({result.Reason})");
    }

    private static bool? P3On(IPolicy policy, int bios) =>
        P3Replays(new Schedule(new WriteRequest(0, bios * 4096L, 0, 4096, 512, 4096), null, [.. Enumerable.Repeat(BioStatus.Ok, bios)], [.. Enumerable.Range(0, bios)]));

    private static bool? P3Replays(Schedule schedule) =>
        Replay.Run(Faulty, schedule).Verdicts.Single(v => v.Property == PropertyId.P3).Holds;

    /// <summary>Morton's rule, but EIO once the prefix spans 17 maximal BIOs: wrong only at 17 BIOs and more.</summary>
    private sealed class EioFromSeventeenBios : IPolicy
    {
        public string Name => "test-eio-from-17-bios";

        public string Rule => "as contiguous-prefix, but P >= 17 M -> EIO";

        public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((PropertyId.P3, "drops a prefix of 17 BIOs"), (PropertyId.P7, "EIO with no failure"));

        public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
        {
            var prefix = Rules.TrackedPrefix(a, g, s);
            var tooMany = a.Le(a.Mul(a.Int(17), g.Request.MaxBioBytes), prefix);
            return Rules.Report(a, g, a.Ite(tooMany, a.Int(-Errno.EIO), Rules.ContiguousPrefix(a, g, s)));
        }
    }
}
