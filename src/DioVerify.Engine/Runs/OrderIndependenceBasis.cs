namespace DioVerify.Engine.Runs;

/// <summary>How a replay reached its P6 verdict: the evidence behind "holds", "FAILS" or "undecided".</summary>
public enum OrderIndependenceBasis
{
    /// <summary>An arrival order with a different outcome was run: P6 fails.</summary>
    DifferingOrder,

    /// <summary>Every arrival order was run (up to <see cref="Replay.ExhaustiveOrderLimit"/> BIOs).</summary>
    Exhaustive,

    /// <summary>A proof for every arrival order was handed in (<see cref="OrderIndependenceProof"/>).</summary>
    Proved,

    /// <summary>Only a sample of orders was run and none differed: undecided.</summary>
    Sampled,
}
