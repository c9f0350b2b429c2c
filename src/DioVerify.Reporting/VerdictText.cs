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

    /// <summary>"as expected" or a loud "UNEXPECTED", for a verdict against a policy's expectations.</summary>
    public static string Expectation(IPolicy policy, PropertyId property, bool? holds) =>
        holds is null ? "" : holds == policy.Expected.Holds(property) ? "as expected" : "UNEXPECTED";

    /// <summary>Comma-separated names, e.g. <c>P1, P3</c>, or a dash.</summary>
    public static string List(IEnumerable<PropertyId> properties)
    {
        var text = string.Join(", ", properties);
        return text.Length == 0 ? "-" : text;
    }
}
