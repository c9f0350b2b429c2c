namespace DioVerify.Smt.Solving;

/// <summary>A solver's answer to a satisfiability check.</summary>
/// <remarks><see cref="Unknown"/> (timeout, resource limit, incompleteness) is never evidence for either side.</remarks>
public enum SolverVerdict
{
    Sat,
    Unsat,
    Unknown,
}
