using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary>A refuted obligation with the counterexample shown for it, and where that schedule came from.</summary>
/// <param name="Schedule">The smallest violating schedule exploration found, or the solver's replayed model when it found
/// none; null when neither exists (a command-line solver's sat answer carries no decoded model).</param>
/// <param name="Minimised">True when <paramref name="Schedule"/> is the smallest in the <c>counterexample</c> command's order.</param>
/// <param name="Source">In words, e.g. "smallest of exhaustive exploration at 0..3 BIOs".</param>
/// <param name="WrittenTo">The schedule v1 file <c>--out</c> wrote, if any.</param>
public sealed record ShownRefutation(ProofResult Result, Schedule? Schedule, bool Minimised, string Source, string? WrittenTo);
