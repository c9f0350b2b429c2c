using DioVerify.Engine.Schedules;
using DioVerify.Generators;

namespace DioVerify.Properties.Tests;

/// <summary>How a schedule counterexample is shown: schedule v1, ready for <c>dioverify replay</c>.</summary>
public static class CounterexampleText
{
    public const string Producer = "FsCheck (DioVerify.Properties.Tests)";

    public static string Describe(Schedule shrunk, Schedule original, FsCheckResultInfo info) =>
        $"FsCheck falsified it after {info.Tests} case(s) and {info.Shrinks} shrink(s) (seed {info.Seed}).\n" +
        (info.Crash is null ? "" : $"The property threw: {info.Crash}\n") +
        $"Shrunk counterexample ({shrunk.Outcomes.Length} BIO(s), {shrunk.FailureCount} failed) as schedule v1, replay with `dioverify replay FILE`:\n" +
        ScheduleWriter.Write(shrunk) +
        $"Original ({original.Outcomes.Length} BIO(s), {original.FailureCount} failed):\n" +
        ScheduleWriter.Write(original);
}
