namespace DioVerify.Smt.Solving;

/// <summary>A term outside the SMT-LIB logic a script declares, caught while the script is built rather than by the solver reading it.</summary>
/// <remarks>
/// Measured: for a nonlinear term in a file declared <c>QF_LIA</c>, the z3 4.8.12 CLI prints
/// <c>(error "… logic does not support nonlinear arithmetic")</c>, then answers anyway, and exits 1; cvc5 1.0.3
/// prints an error and stops. Either way the file does not say what it claims to, so it must not be written.
/// </remarks>
public sealed class LogicViolationException(string logic, string term, string reason)
    : Exception($"a term outside {logic} ({reason}): {term}")
{
    /// <summary>The logic the script declares, e.g. <c>QF_LIA</c>.</summary>
    public string Logic { get; } = logic;

    /// <summary>The offending term, shortened (terms are shared DAGs and can print as megabytes).</summary>
    public string Term { get; } = term;

    /// <summary>What puts the term outside the logic, e.g. "product of two non-numeral terms".</summary>
    public string Reason { get; } = reason;
}
