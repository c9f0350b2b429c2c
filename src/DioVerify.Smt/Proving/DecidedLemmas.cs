using System.Collections.Concurrent;
using DioVerify.Engine.Policies;

namespace DioVerify.Smt.Proving;

/// <summary>
/// Definite answers to the prover's lemmas, kept for the whole process and keyed by exactly what each lemma reads:
/// the order lemma by (policy, domain); the folds' commutation, the arrival abstraction's invariant and the file-order
/// invariant's initiation and consecution by the domain alone, since their builders take no policy or property.
/// </summary>
/// <remarks>
/// Measured on <c>prove --all --unbounded</c>: the 66 file-order obligations asked the same 20 initiation and
/// consecution queries each, and the seven properties of a policy each re-decided its order lemma (10 queries); with
/// a fresh Z3 context per obligation nothing was shared. An unknown is never kept, so a later obligation with its own
/// budget asks again; what earlier work can change is only an unknown into the answer, as for
/// <see cref="WellDefinedness"/>.
/// </remarks>
public static class DecidedLemmas
{
    /// <summary>P6's order lemma for a policy (<see cref="OrderLemma"/>).</summary>
    public const string OrderLemmaName = "order lemma";

    /// <summary>The order lemma's conditions 1-2, which read the engine's folds and no policy.</summary>
    public const string FoldsCommuteName = "folds commute";

    /// <summary>A policy's user folds commute (<see cref="UserFoldCommutation"/>), keyed by the policy.</summary>
    public const string UserFoldsCommuteName = "user folds commute";

    /// <summary>The <see cref="ArrivalAbstraction"/>'s invariant is inductive.</summary>
    public const string ArrivalInvariantName = "arrival abstraction inductive";

    /// <summary>The file-order invariant's initiation and consecution (<see cref="Methods.InductionOverFileOrder"/>).</summary>
    public const string FileOrderInvariantName = "file-order invariant inductive";

    private static readonly ConcurrentDictionary<(string Lemma, IPolicy? Policy, GeometryDomain Domain), bool> Known = new();

    /// <summary>The kept answer, or null when none is kept.</summary>
    public static bool? Get(string lemma, IPolicy? policy, GeometryDomain domain) =>
        Known.TryGetValue((lemma, policy, domain), out var holds) ? holds : null;

    /// <summary>The kept answer, else <paramref name="decide"/>'s, kept when definite.</summary>
    public static bool? Decide(string lemma, IPolicy? policy, GeometryDomain domain, Func<bool?> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        if (Get(lemma, policy, domain) is { } known) return known;
        var holds = decide();
        if (holds is { } definite) Known.TryAdd((lemma, policy, domain), definite);
        return holds;
    }
}
