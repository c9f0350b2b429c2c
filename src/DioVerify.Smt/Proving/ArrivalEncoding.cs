namespace DioVerify.Smt.Proving;

/// <summary>How a bounded case of a per-run property covers the arrival orders.</summary>
public enum ArrivalEncoding
{
    /// <summary>File order alone: the order lemma showed that every order ends the same.</summary>
    FileOrder,

    /// <summary>Every order, routed through an odd–even transposition network.</summary>
    Network,

    /// <summary>The network, with the folds stated equal to file order's (the order lemma's conditions 1–2, proved).</summary>
    NetworkSameFolds,

    /// <summary>
    /// <see cref="NetworkSameFolds"/>, first tried as <see cref="ArrivalAbstraction"/> (its invariant proved):
    /// the network is solved only where the abstraction is satisfiable.
    /// </summary>
    AbstractedThenNetwork,
}
