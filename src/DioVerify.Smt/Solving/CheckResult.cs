namespace DioVerify.Smt.Solving;

/// <summary>The outcome of <see cref="Z3Scope.Check"/>: the verdict, why it is unknown if it is, and the model if sat.</summary>
/// <param name="Verdict">Sat, Unsat or Unknown.</param>
/// <param name="ReasonUnknown">For <see cref="SolverVerdict.Unknown"/>: a timeout or Z3's own reason; otherwise null.</param>
/// <param name="Model">For <see cref="SolverVerdict.Sat"/>: the model, readable only inside the same session callback.</param>
/// <param name="Elapsed">Wall-clock time spent in the solver.</param>
public sealed record CheckResult(SolverVerdict Verdict, string? ReasonUnknown, SatModel? Model, TimeSpan Elapsed);
