using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Runs;

/// <summary>
/// A checker's counterexample that does not violate its property when replayed through the engine: the
/// checker and the engine disagree, which is DioVerify contradicting itself, never a verdict.
/// </summary>
public sealed class CounterexampleDoesNotReplayException(string checker, string policy, PropertyId property, bool? verdictOnReplay, Schedule schedule)
    : Exception($"the {checker} counterexample for {policy} {property} does not violate it when replayed ({property} is {(verdictOnReplay is { } v ? v ? "true" : "false" : "undecided")} on replay):\n{ScheduleWriter.Write(schedule)}")
{
    public string Checker { get; } = checker;

    public Schedule Schedule { get; } = schedule;
}
