using System.Collections.Immutable;
using DioVerify.Engine.Schedules;

namespace DioVerify.Generators;

/// <summary>
/// A schedule carrying a second arrival order of the same outcomes in <see cref="Schedule.AlternateArrival"/>:
/// the input of P6 (order-independence), written as schedule v1 exactly like a P6 counterexample.
/// </summary>
public sealed record ReorderedSchedule(Schedule Schedule)
{
    public ImmutableArray<int> Alternate => Schedule.AlternateArrival ?? throw new InvalidOperationException("a reordered schedule needs an alternate arrival");

    public override string ToString() => ScheduleWriter.Write(Schedule);
}
