using System.Collections.Concurrent;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>
/// Definite answers (sat or unsat) to queries whose only use is the verdict, kept for the whole process and keyed by
/// the query's complete SMT-LIB2 text: the same text is the same question, whatever context built it, so its answer
/// is the same. Unknown is never kept, so a later caller with its own budget asks again.
/// </summary>
/// <remarks>
/// Measured on the unbounded catalog: an induction certificate's initiation and consecution read the engine and the
/// invariant, never the policy or the property, so 66 obligations asked the same 20 queries each (1,320 checks for
/// 20 answers); the order lemma and its fold conditions were likewise re-decided for every property of a policy.
/// The text, not a term id, is the key because every obligation has its own Z3 context.
/// </remarks>
public static class DecidedQueries
{
    private static readonly ConcurrentDictionary<string, SolverVerdict> Known = new();

    /// <summary>
    /// The verdict of <paramref name="query"/> under <paramref name="logic"/>: a kept definite answer (with no model),
    /// else <paramref name="solve"/>'s, kept when definite. A query that cannot be written in the logic is solved
    /// every time.
    /// </summary>
    public static CheckResult Check(Z3Scope scope, BoolExpr query, string logic, Func<CheckResult> solve)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(solve);
        string key;
        try
        {
            key = scope.ToSmtLib2([query], logic);
        }
        catch (LogicViolationException)
        {
            return solve();
        }

        if (Known.TryGetValue(key, out var verdict)) return new CheckResult(verdict, null, null, TimeSpan.Zero);
        var result = solve();
        if (result.Verdict != SolverVerdict.Unknown) Known.TryAdd(key, result.Verdict);
        return result;
    }
}
