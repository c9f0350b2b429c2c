namespace DioVerify.Audit.Kernel;

/// <summary>An audit set against a baseline: where the record came from and every difference, named (none: as on record).</summary>
public sealed record BaselineComparison(string File, string RecordedKernel, string RunningKernel, int Compared, IReadOnlyList<string> Differences)
{
    public bool AsOnRecord => Differences.Count == 0;

    public bool SameKernel => RecordedKernel == RunningKernel;
}
