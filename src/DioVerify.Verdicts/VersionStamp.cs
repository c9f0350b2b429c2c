namespace DioVerify.Verdicts;

/// <summary>Which DioVerify produced a record: stamped on counterexamples, proofs and reports.</summary>
public static class VersionStamp
{
    public static string ProducedBy { get; } = $"dioverify {typeof(VersionStamp).Assembly.GetName().Version?.ToString(3)}";
}
