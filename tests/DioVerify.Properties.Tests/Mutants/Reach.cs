namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// Which of check's checkers refute a policy: exploration, FsCheck, the bounded prover at check's bound, and the
/// unbounded prover (its certificate, then the unrolled refutation search up to <c>FileOrderUnrolling.SearchBios</c>).
/// </summary>
public readonly record struct Reach(bool Explore, bool FsCheck, bool Prover, bool Unbounded)
{
    public static Reach None => new(false, false, false, false);

    public static Reach All => new(true, true, true, true);

    public bool Any => Explore || FsCheck || Prover || Unbounded;
}
