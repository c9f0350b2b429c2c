using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>One prover for the unbounded tests, so each policy's order lemma and well-definedness are decided once.</summary>
public sealed class UnboundedProverFixture : IDisposable
{
    private readonly Z3Session session = new();
    private readonly Dictionary<(IPolicy, PropertyId), ProofResult> results = [];

    public UnboundedProverFixture() => Prover = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests");

    public Prover Prover { get; }

    /// <summary>The unbounded verdict on (policy, property), decided once per test run.</summary>
    public ProofResult Prove(IPolicy policy, PropertyId property)
    {
        lock (results)
        {
            if (!results.TryGetValue((policy, property), out var result))
            {
                result = Prover.Prove(new Obligation(policy, property, null));
                results[(policy, property)] = result;
            }

            return result;
        }
    }

    public static IPolicy Policy(string name) => PolicyCatalog.Builtin.Find(name) ?? throw new ArgumentException($"no policy {name}", nameof(name));

    public void Dispose() => session.Dispose();
}
