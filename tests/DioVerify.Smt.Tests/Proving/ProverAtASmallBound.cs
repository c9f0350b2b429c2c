using System.Collections.Concurrent;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// One Z3 session and one prover shared by every test in the <see cref="ProverAtASmallBoundCollection"/>:
/// a prover caches the order lemma per policy, and each obligation is proved once, however many tests
/// read its result.
/// </summary>
public sealed class ProverAtASmallBound : IDisposable
{
    /// <summary>
    /// Bound on the BIO count. 3 is the smallest that refutes every planted fault (three P3 faults need a
    /// third BIO), and it keeps "the P1 faults are refuted by at most 2 BIOs" from following from the bound.
    /// </summary>
    public const int Bios = 3;

    /// <summary>
    /// Generous: at this bound an obligation takes at most a few seconds, even on a loaded machine. An
    /// attempt that runs out is retried (see <see cref="Result"/>), so this bounds the time a divergent
    /// attempt wastes rather than the time a proof may take.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per obligation before its unknown verdict is final.</summary>
    public const int Attempts = 3;

    private readonly Z3Session session = new();
    private readonly ConcurrentDictionary<(string Policy, PropertyId Property), Lazy<(ProofResult Result, IReadOnlyList<ProofResult> Unknowns)>> results = new();

    public ProverAtASmallBound() => Prover = new Prover(session, Timeout, "dioverify-tests");

    public Prover Prover { get; }

    /// <summary>Every (policy, property) pair of the catalog, as theory data.</summary>
    public static TheoryData<string, PropertyId> AllObligations()
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var policy in PolicyCatalog.Builtin.Policies)
        {
            foreach (var property in PropertyCatalog.All)
            {
                data.Add(policy.Name, property);
            }
        }

        return data;
    }

    /// <summary>The (policy, property) pairs the catalog expects to be violated.</summary>
    public static TheoryData<string, PropertyId> ExpectedViolations()
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var (policy, property) in PolicyCatalog.Builtin.PlantedFaults) data.Add(policy.Name, property);
        return data;
    }

    public static IPolicy Policy(string name) =>
        PolicyCatalog.Builtin.Find(name) ?? throw new ArgumentException($"no policy named {name}", nameof(name));

    /// <summary>The result of proving (policy, property) at <see cref="Bios"/>, proved on first request.</summary>
    /// <remarks>
    /// An unknown verdict is retried on the same prover, up to <see cref="Attempts"/> times in all. Z3 4.8.12's
    /// default solver sometimes diverges on one easy case depending on what the context did before it (a
    /// prover bug, pinned by <see cref="ProofsDoNotDependOnTheSessionHistory"/>: the same query is answered in
    /// milliseconds in another history, and a second attempt on the same prover was always decided in about
    /// 1.5 s). Retries are reported by <see cref="UnknownAttempts"/> and written to the test output.
    /// </remarks>
    public ProofResult Result(IPolicy policy, PropertyId property) => Attempt(policy, property).Result;

    /// <summary>The attempts at (policy, property) that ended unknown before the final result.</summary>
    public IReadOnlyList<ProofResult> UnknownAttempts(IPolicy policy, PropertyId property) => Attempt(policy, property).Unknowns;

    private (ProofResult Result, IReadOnlyList<ProofResult> Unknowns) Attempt(IPolicy policy, PropertyId property) =>
        results.GetOrAdd(
            (policy.Name, property),
            _ => new Lazy<(ProofResult, IReadOnlyList<ProofResult>)>(() =>
            {
                var unknowns = new List<ProofResult>();
                var obligation = new Obligation(policy, property, Bios);
                var result = Prover.Prove(obligation);
                while (result.Verdict == ProofVerdict.Unknown && unknowns.Count < Attempts - 1)
                {
                    unknowns.Add(result);
                    result = Prover.Prove(obligation);
                }

                return (result, unknowns);
            })).Value;

    public void Dispose() => session.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ProverAtASmallBoundCollection : ICollectionFixture<ProverAtASmallBound>
{
    public const string Name = "prover at a small bound";
}
