using DioVerify.Engine.Schedules;

namespace DioVerify.Smt.Differential;

/// <summary>One schedule on which a policy's two interpretations give different results.</summary>
/// <param name="Concrete">The reference engine's result: <c>R=…, size=…, kept to …</c>, or <c>undefined: …</c>.</param>
/// <param name="Symbolic">The symbolic engine's result on the same numerals, in the same words.</param>
public sealed record Disagreement(string Policy, Schedule Schedule, string Concrete, string Symbolic);
