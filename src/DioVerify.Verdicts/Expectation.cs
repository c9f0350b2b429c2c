using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Verdicts;

/// <summary>
/// The one place that decides whether a verdict is what the catalog expects. Every command — explore,
/// FsCheck, prove, check, counterexample — judges through here, so the same outcome reads the same
/// everywhere.
/// </summary>
public static class Expectation
{
    public static Judgement Judge(IPolicy policy, PropertyId property, VerdictKind verdict) =>
        Judge(policy.Expected.Holds(property), verdict);

    /// <summary>The judgement when the property is (<paramref name="expectedToHold"/>) or is not claimed by the policy.</summary>
    public static Judgement Judge(bool expectedToHold, VerdictKind verdict) => (verdict, expectedToHold) switch
    {
        (VerdictKind.Unknown, _) => Judgement.Unknown,
        (VerdictKind.Holds, true) or (VerdictKind.Violated, false) => Judgement.AsExpected,
        (VerdictKind.Violated, true) => Judgement.UnexpectedViolation,
        _ => Judgement.MissedPlantedFault,
    };

    /// <summary>The words a user sees for a judgement, the same in text, JSON, JUnit and HTML.</summary>
    public static string Label(this Judgement judgement) => judgement switch
    {
        Judgement.AsExpected => "as expected",
        Judgement.UnexpectedViolation => "VIOLATED, expected to hold",
        Judgement.MissedPlantedFault => "MISSED planted fault",
        _ => "UNKNOWN",
    };

    /// <summary>The judgement's key in JSON and JUnit: <c>as-expected</c>, <c>unexpected-violation</c>, <c>missed-planted-fault</c>, <c>unknown</c>.</summary>
    public static string Key(this Judgement judgement) => judgement switch
    {
        Judgement.AsExpected => "as-expected",
        Judgement.UnexpectedViolation => "unexpected-violation",
        Judgement.MissedPlantedFault => "missed-planted-fault",
        _ => "unknown",
    };

    /// <summary>True for the judgements that make a run fail (exit 1): a violated claim or a missed planted fault.</summary>
    public static bool Fails(this Judgement judgement) =>
        judgement is Judgement.UnexpectedViolation or Judgement.MissedPlantedFault;

    /// <summary>
    /// A table cell: the verdict's own text (<c>holds</c>, <c>refuted@3</c>, <c>proved</c>) when as expected, else the
    /// judgement's short word (<c>VIOLATED</c>, <c>MISSED</c>, <c>unknown</c>) with that text.
    /// </summary>
    public static string Cell(Judgement judgement, string verdictText) => judgement switch
    {
        Judgement.AsExpected => verdictText,
        Judgement.UnexpectedViolation => $"VIOLATED {verdictText}",
        Judgement.MissedPlantedFault => "MISSED",
        _ => "unknown",
    };
}
