using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// The arrival abstraction is sound: its invariant is inductive on every geometry, true of the final state
/// of every real arrival order, and the engine's BIOs satisfy what the induction assumes of them. Where
/// the abstraction is too weak (a refuted property), the prover still decides through the network.
/// </summary>
public sealed class ArrivalAbstractionCoversEveryOrder : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void The_invariant_is_inductive_on_every_geometry()
    {
        var verdicts = session.Run(scope =>
        {
            var write = new SymbolicWrite(scope, 0);
            return DeviceGeometry.Family.Select(g => (g.Name, scope.Check([ArrivalAbstraction.InductionViolation(scope, g, write)], Budget, logic: Prover.Logic).Verdict)).ToList();
        });

        Assert.All(verdicts, v => Assert.True(v.Verdict == SolverVerdict.Unsat, $"{v.Name}: induction violation is {v.Verdict}"));
    }

    [Fact]
    public void Every_arrival_order_of_every_explored_shape_ends_in_a_state_the_invariant_admits()
    {
        var a = ConcreteAlgebra.Instance;
        var runs = 0;
        for (var bios = 0; bios <= 4; bios++)
        {
            foreach (var shape in RequestShapes.For(bios))
            {
                var layout = ConcreteLayout.Of(shape.Request, shape.FreeBlocks);
                Assert.All(Enumerable.Range(0, layout.Count), k => Assert.True(ArrivalAbstraction.WellFormed(a, layout.Starts[k], layout.Ends[k]), $"{shape.Name}: BIO {k} ends before it starts"));
                for (var mask = 0; mask < 1 << layout.Count; mask++)
                {
                    foreach (var order in Permutations.All(layout.Count))
                    {
                        var state = order.Aggregate(WriteEngine.Submit(a, layout.Geometry), (s, k) => WriteEngine.OnComplete(a, s, layout.Starts[k], layout.Ends[k], (mask >> k & 1) == 1));
                        Assert.True(ArrivalAbstraction.Invariant(a, state), $"{shape.Name}, failed mask {mask}, arrival [{string.Join(", ", order)}]: {state}");
                        runs++;
                    }
                }
            }
        }

        Assert.True(runs > 1000, $"only {runs} runs were checked");
    }

    [Fact]
    public void Arrival_cutoff_proofs_are_decided_by_the_abstraction_and_its_refutations_by_the_network()
    {
        var prover = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests");
        var policy = PolicyCatalog.Builtin.Find("arrival-cutoff")!;

        var proved = prover.Prove(new Obligation(policy, PropertyId.P5, 3));
        var refuted = prover.Prove(new Obligation(policy, PropertyId.P1, 3));

        Assert.Equal(ProofVerdict.Proved, proved.Verdict);
        Assert.Contains("decided without the network, by the arrival abstraction", proved.Method);
        Assert.Equal(ProofVerdict.Refuted, refuted.Verdict);
        Assert.NotNull(refuted.Counterexample);
        Assert.False(Replay.Run(policy, refuted.Counterexample!).Verdicts.Single(v => v.Property == PropertyId.P1).Holds);
    }
}
