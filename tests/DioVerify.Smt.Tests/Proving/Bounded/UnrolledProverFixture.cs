using System.Collections.Concurrent;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Smt.Tests.Proving.Bounded;

/// <summary>
/// One Z3 session and a prover that unrolls from 0 BIOs (<see cref="ProverOptions.UnrollFromBios"/>), so the unrolled
/// encoding decides even the small bounds where exhaustive exploration and the per-case encoding can judge it.
/// Each obligation is proved once, however many tests read it.
/// </summary>
public sealed class UnrolledProverFixture : IDisposable
{
    private readonly Z3Session session = new();
    private readonly ConcurrentDictionary<(IPolicy Policy, PropertyId Property, int Bios), Lazy<ProofResult>> results = new();

    public UnrolledProverFixture() =>
        Prover = new Prover(session, ProverOptions.WithTimeout(TimeSpan.FromSeconds(60)) with { UnrollFromBios = 0 }, "dioverify-tests");

    public Prover Prover { get; }

    public ProofResult Prove(IPolicy policy, PropertyId property, int bios) =>
        results.GetOrAdd((policy, property, bios), k => new Lazy<ProofResult>(() => Prover.Prove(new Obligation(k.Policy, k.Property, k.Bios)))).Value;

    public void Dispose() => session.Dispose();
}
