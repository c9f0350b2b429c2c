using System.Collections.Concurrent;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
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
    /// <summary>Bound on the BIO count: above 2, so "the P1 faults are refuted by 2 BIOs" is not implied by the bound.</summary>
    public const int Bios = 3;

    /// <summary>Generous: at this bound every obligation is decided in well under a second.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Z3Session session = new();
    private readonly ConcurrentDictionary<(string Policy, PropertyId Property), Lazy<ProofResult>> results = new();

    public ProverAtASmallBound() => Prover = new Prover(session, Timeout, "dioverify-tests");

    public Prover Prover { get; }

    /// <summary>Every (policy, property) pair of the catalog, as theory data.</summary>
    public static TheoryData<string, PropertyId> AllObligations()
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var policy in PolicyCatalog.All)
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
        foreach (var policy in PolicyCatalog.All)
        {
            foreach (var property in policy.Expected.Violated)
            {
                data.Add(policy.Name, property);
            }
        }

        return data;
    }

    public static IPolicy Policy(string name) =>
        PolicyCatalog.Find(name) ?? throw new ArgumentException($"no policy named {name}", nameof(name));

    /// <summary>The result of proving (policy, property) at <see cref="Bios"/>, proved on first request.</summary>
    public ProofResult Result(IPolicy policy, PropertyId property) =>
        results.GetOrAdd(
            (policy.Name, property),
            _ => new Lazy<ProofResult>(() => Prover.Prove(new Obligation(policy, property, Bios)))).Value;

    public void Dispose() => session.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ProverAtASmallBoundCollection : ICollectionFixture<ProverAtASmallBound>
{
    public const string Name = "prover at a small bound";
}
