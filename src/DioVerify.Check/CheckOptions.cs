using DioVerify.Check.Caching;
using DioVerify.Engine.Policies;
using DioVerify.Smt.External;
using DioVerify.Verdicts.Check;

namespace DioVerify.Check;

/// <summary>What <c>check</c> runs: the catalog, the bounds, the proofs directory and the budgets. A value; <c>With…</c> by <c>with</c>.</summary>
/// <param name="ProofsDirectory">proofs/ of the checkout: the committed obligations and their ledger.</param>
/// <param name="ModelsDirectory">models/ of the checkout: each policy's engine as SMT-LIB2.</param>
public sealed record CheckOptions(
    IReadOnlyList<IPolicy> Policies,
    string ProofsDirectory,
    string ModelsDirectory)
{
    public const int DefaultMaxBios = 5;

    /// <summary>Three BIOs is the smallest bound at which every planted fault is refuted (P3 faults need ok, eio, ok).</summary>
    public const int DefaultProofBios = 3;

    public const int DefaultFsCheckTests = 2000;

    /// <summary>FsCheck's seed for every pair (the year of the linux-kernel thread).</summary>
    public const ulong FsCheckSeed = 2010;

    public int MaxBios { get; init; } = DefaultMaxBios;

    /// <summary>
    /// Policies from outside the repository's catalog (users' rule files): explored, FsChecked and proved like the
    /// others, but with no committed obligation or model to drift from, and none written by <see cref="Update"/>.
    /// </summary>
    public IReadOnlyCollection<IPolicy> Unrecorded { get; init; } = [];

    /// <summary>Whether proofs/ and models/ hold (or, updating, should hold) this policy's files.</summary>
    public bool IsRecorded(IPolicy policy) => !Unrecorded.Contains(policy);

    public int ProofBios { get; init; } = DefaultProofBios;

    /// <summary>Run the proof half; false runs exploration and FsCheck only.</summary>
    public bool Proofs { get; init; } = true;

    /// <summary>
    /// Prove every (policy, property) for every number of BIOs on the wide geometry domain too, and re-check each
    /// certificate in proofs/unbounded/ with the command-line solvers. The CLI's <c>check</c> sets it unless given
    /// <c>--no-unbounded</c>; off here, so a caller that builds options (a test, a shard) asks for it explicitly.
    /// </summary>
    public bool Unbounded { get; init; }

    /// <summary>Rewrite proofs/ and models/ instead of comparing with them.</summary>
    public bool Update { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public int FsCheckTests { get; init; } = DefaultFsCheckTests;

    /// <summary>
    /// The command-line solvers that re-decide every obligation beside the in-process prover (which always runs: every
    /// verdict and counterexample comes from it). Default: z3 and cvc5.
    /// </summary>
    public IReadOnlyList<ExternalSolver> CrossCheckers { get; init; } = ExternalSolver.All;

    /// <summary>Obligations decided at once, each in its own Z3 context.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Solver answers kept between runs; null decides everything afresh (<c>--no-cache</c>).</summary>
    public ObligationCache? Cache { get; init; }

    /// <summary>Run only this part of the work (<c>--shard I/K</c>); null runs all of it.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The checkout's commit, when known: stamped on the report so that shards of different commits never merge.</summary>
    public string? Commit { get; init; }

    /// <summary>The options that shape the verdicts, as one line: shard reports merge only when theirs are equal.</summary>
    public string Fingerprint =>
        $"maxBios={MaxBios} proofBios={ProofBios} proofs={Proofs} fscheckTests={FsCheckTests} timeout={Timeout.TotalSeconds} unbounded={Unbounded} solvers={string.Join(",", CrossCheckers.Select(s => s.Name))}";
}
