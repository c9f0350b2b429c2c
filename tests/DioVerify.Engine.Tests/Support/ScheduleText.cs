using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Tests.Support;

/// <summary>Schedule text on one line, for assertion messages.</summary>
internal static class ScheduleText
{
    public static string Of(Schedule schedule) => ScheduleWriter.Write(schedule).ReplaceLineEndings(" ");
}
