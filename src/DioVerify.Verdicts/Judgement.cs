namespace DioVerify.Verdicts;

/// <summary>A verdict held against what the catalog expects of the policy: the one judgement every command reports.</summary>
public enum Judgement
{
    /// <summary>A property the policy claims holds, or a planted fault was caught.</summary>
    AsExpected,

    /// <summary>A property the policy claims was violated: a real bug in the policy (the checker was right).</summary>
    UnexpectedViolation,

    /// <summary>A planted fault was not caught: the checker could not fail where it must.</summary>
    MissedPlantedFault,

    /// <summary>Nothing was decided.</summary>
    Unknown,
}
