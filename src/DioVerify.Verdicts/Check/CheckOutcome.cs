namespace DioVerify.Verdicts.Check;

/// <summary>The whole of <c>check</c> in one word; the CLI maps it to the exit code.</summary>
public enum CheckOutcome
{
    /// <summary>Every verdict as the catalog expects, every planted fault caught by every checker, nothing drifted.</summary>
    AsExpected,

    /// <summary>A verdict not as expected, a planted fault some checker missed, or drift from the record.</summary>
    NotAsExpected,

    /// <summary>Otherwise as expected, but some solver gave no verdict.</summary>
    Unknown,

    /// <summary>DioVerify contradicted itself somewhere (every other result is still reported).</summary>
    Internal,
}
