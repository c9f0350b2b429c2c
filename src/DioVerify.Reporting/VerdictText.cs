using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Reporting;

/// <summary>How a verdict reads in a table: whether it holds, and whether that is what the policy expects.</summary>
public static class VerdictText
{
    public static string Mark(bool? holds) => holds switch
    {
        true => "holds",
        false => "FAILS",
        null => "undecided",
    };

    /// <summary>
    /// How one run's verdict compares with the catalog: a failure of a property the policy must satisfy
    /// is UNEXPECTED; a planted fault failing is as expected; a planted fault holding on this run says
    /// nothing (it is expected to fail on some runs, not all).
    /// </summary>
    public static string Expectation(IPolicy policy, PropertyId property, bool? holds) =>
        (holds, policy.Expected.Holds(property)) switch
        {
            (false, true) => "UNEXPECTED",
            (false, false) => "as expected (planted fault)",
            (true, true) => "as expected",
            _ => "",
        };

    /// <summary>Comma-separated names, e.g. <c>P1, P3</c>, or a dash.</summary>
    public static string List(IEnumerable<PropertyId> properties)
    {
        var text = string.Join(", ", properties);
        return text.Length == 0 ? "-" : text;
    }
}
