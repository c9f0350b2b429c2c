using DioVerify.Engine.Policies;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// What the unbounded methods lack for a rule's user folds: the file-order induction and the arrival abstraction
/// carry an invariant for each of the engine's folds, none for a user's, so a claim about every number of BIOs —
/// the property, or merely that the fold's arithmetic stays within <c>long</c> — is not shown. Such an obligation is
/// unknown with this reason unless a bounded search refutes it; never proved.
/// </summary>
public static class UserFoldInvariant
{
    /// <summary>Why the policy's user folds stop an unbounded proof, or null when it has none.</summary>
    public static string? Missing(IPolicy policy) =>
        policy.UserFolds<BoolExpr, IntExpr>() is { Declared: { Count: > 0 } folds }
            ? $"no invariant for user fold{(folds.Count > 1 ? "s" : "")} {string.Join(", ", folds.Select(f => $"'{f.Name}'"))}: the unbounded methods track only the engine's folds, so neither the property nor the fold's arithmetic is shown for every number of BIOs"
            : null;
}
