namespace DioVerify.Audit.Kernel;

/// <summary>
/// A kernel rule's prediction for one run — <c>R</c>, the new size and where the kept blocks end, computed by the
/// engine from the BIO outcomes the device saw — beside what the running kernel did, and every difference.
/// </summary>
public sealed record RuleConformance(
    string Rule,
    string Source,
    long PredictedReturn,
    long PredictedSize,
    long PredictedKeptEnd,
    long ObservedKeptEnd,
    int Bios,
    int FailedBios,
    bool Cut,
    IReadOnlyList<string> Differences)
{
    public bool Conforms => Differences.Count == 0;
}
