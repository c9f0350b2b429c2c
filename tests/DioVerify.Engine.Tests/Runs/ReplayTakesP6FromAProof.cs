using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.Runs;

/// <summary>
/// A proof of P6 handed to the (solver-free) engine as data replaces sampling: the verdict is "holds for every arrival
/// order (proved)" with the proof's domain; without one, orders are sampled and the note says why there was no proof.
/// A run order still wins over the proof: a differing alternate order is reported, never hidden.
/// </summary>
public sealed class ReplayTakesP6FromAProof
{
    private const string Domain = "every number of BIOs, on (sector, block, max BIO bytes) in {(512, 4096, 4096)}";

    /// <summary>Twelve 4 KiB BIOs, the third failed, arriving last to first: past the eight BIOs whose orders are all run.</summary>
    private static Engine.Schedules.Schedule Twelve() =>
        Build.Schedule(Build.Request(0, 12 * Build.Block, 0), null, "ok ok eio ok ok ok ok ok ok ok ok ok", 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);

    [Fact]
    public void A_proved_P6_holds_for_every_order_and_names_its_domain()
    {
        var run = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, Twelve(), OrderIndependenceProof.For(Domain));

        Assert.True(run.OrderIndependence);
        Assert.Equal(OrderIndependenceBasis.Proved, run.OrderBasis);
        Assert.Equal($"holds for every arrival order (proved), by the order lemma for {Domain}", run.OrderIndependenceNote);
    }

    [Fact]
    public void Without_a_proof_orders_are_sampled_and_the_note_says_why()
    {
        var run = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, Twelve(), OrderIndependenceProof.Unavailable("no solver to prove it"));

        Assert.Null(run.OrderIndependence);
        Assert.Equal(OrderIndependenceBasis.Sampled, run.OrderBasis);
        Assert.EndsWith("; not proved: no solver to prove it", run.OrderIndependenceNote);
    }

    [Fact]
    public void A_differing_alternate_order_is_reported_even_beside_a_proof()
    {
        // arrival-cutoff reads the arrival order; a (wrong) proof must not hide the order that differs.
        var schedule = Twelve() with { AlternateArrival = [.. Enumerable.Range(0, 12)] };

        var run = Replay.Run(PolicyCatalog.Builtin.Find("arrival-cutoff")!, schedule, OrderIndependenceProof.For(Domain));

        Assert.False(run.OrderIndependence);
        Assert.Equal(OrderIndependenceBasis.DifferingOrder, run.OrderBasis);
    }
}
