namespace DioVerify.Smt.Proving.Methods;

/// <summary>How an obligation is decided; the kebab-case name is what JSON and proofs/ headers carry.</summary>
public enum ProofMethodKind
{
    /// <summary>P6 for every number of BIOs: completions commute on everything finish reads (<see cref="OrderLemma"/>).</summary>
    InductionOverArrivals,

    /// <summary>P6 up to a bound, where the lemma fails: two symbolic arrival orders of the same outcomes.</summary>
    SelfComposition,

    /// <summary>A per-run property up to a bound, in file order alone (P6 proved: every order ends the same).</summary>
    BoundedFileOrder,

    /// <summary>A per-run property up to a bound, every arrival order through an odd–even transposition network.</summary>
    BoundedEveryOrder,

    /// <summary><see cref="BoundedEveryOrder"/>, stating the engine's folds equal to file order's (the lemma's conditions 1–2, proved).</summary>
    BoundedEveryOrderSameFolds,

    /// <summary><see cref="BoundedEveryOrderSameFolds"/>, first tried by the arrival abstraction (its invariant proved inductive).</summary>
    ArrivalAbstractionThenEveryOrder,

    /// <summary>
    /// A per-run property for every number of BIOs (P6 proved): an inductive invariant over the BIOs in file order,
    /// certified by initiation, consecution and safety per geometry (<see cref="InductionOverFileOrder"/>).
    /// </summary>
    InductionOverFileOrder,

    /// <summary>
    /// Before any property: every operation of the engine and the policy is defined (within <c>long</c>, no division by
    /// zero) on every valid request; a policy for which it is not is refuted with that request, never proved.
    /// </summary>
    WellDefinedness,

    /// <summary>A per-run property up to a bound (P6 proved): the file-order transition system unrolled, BIO counts in doubling ranges (<see cref="FileOrderUnrolling"/>).</summary>
    UnrolledFileOrder,

    /// <summary>
    /// A per-run property up to a bound, every arrival order: the file-order unrolling with a ghost bit per BIO for the
    /// ok bytes before the first failed arrival (the folds' order lemma proved; <see cref="FileOrderUnrolling"/>).
    /// </summary>
    UnrolledEveryOrder,
}

/// <summary>The kebab-case names of <see cref="ProofMethodKind"/>.</summary>
public static class ProofMethodKinds
{
    public static string Name(this ProofMethodKind kind) => kind switch
    {
        ProofMethodKind.InductionOverArrivals => "induction-over-arrivals",
        ProofMethodKind.SelfComposition => "self-composition",
        ProofMethodKind.BoundedFileOrder => "bounded-file-order",
        ProofMethodKind.BoundedEveryOrder => "bounded-every-order",
        ProofMethodKind.BoundedEveryOrderSameFolds => "bounded-every-order-same-folds",
        ProofMethodKind.WellDefinedness => "well-definedness",
        ProofMethodKind.InductionOverFileOrder => "induction-over-file-order",
        ProofMethodKind.UnrolledFileOrder => "unrolled-file-order",
        ProofMethodKind.UnrolledEveryOrder => "unrolled-every-order",
        _ => "arrival-abstraction-then-every-order",
    };
}
