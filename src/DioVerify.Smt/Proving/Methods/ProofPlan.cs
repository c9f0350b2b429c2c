using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// What decides one obligation: a lemma (one formula, unsat proves it) or bounded cases (each its own query, any sat
/// refutes, all unsat prove). Cases build their terms on first use, so a refutation at 2 BIOs never builds the rest.
/// </summary>
/// <param name="Description">The method in words, as proofs/ headers carry it.</param>
public sealed record ProofPlan(ProofMethodKind Kind, string Description, BoolExpr? Lemma, IReadOnlyList<ProofCase> Cases);
