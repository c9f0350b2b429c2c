using DioVerify.Engine.Schedules;

namespace DioVerify.Smt.Proving;

/// <summary>Whether a policy's engine run is defined in the concrete interpretation on every valid request of a bound.</summary>
/// <param name="Defined">True: shown for every request; false: <paramref name="Counterexample"/> makes it undefined; null: not decided.</param>
/// <param name="Counterexample">A valid schedule on which the concrete engine throws <c>UndefinedArithmeticException</c> (replayed).</param>
/// <param name="Reason">For false, the undefined operation; for null, why it was not decided.</param>
public sealed record WellDefinednessVerdict(bool? Defined, Schedule? Counterexample, string? Reason);
