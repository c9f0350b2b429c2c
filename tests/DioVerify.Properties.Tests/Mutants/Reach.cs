namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Which of check's three checkers refute a policy: exploration, FsCheck and the bounded prover.</summary>
public readonly record struct Reach(bool Explore, bool FsCheck, bool Prover)
{
    public static Reach None => new(false, false, false);

    public static Reach All => new(true, true, true);

    public bool Any => Explore || FsCheck || Prover;
}
