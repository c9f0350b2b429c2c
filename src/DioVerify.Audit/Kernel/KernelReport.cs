using DioVerify.Linux.Io;

namespace DioVerify.Audit.Kernel;

/// <summary>The kernel audit's findings: the running kernel's release, a judgement per (filesystem, scenario, path, sector size), and what was not run.</summary>
public sealed record KernelReport(string Kernel, IReadOnlyList<KernelJudgement> Results)
{
    public IReadOnlyList<KernelSkip> Skipped { get; init; } = [];

    /// <summary>The audit set against a baseline (<c>--baseline</c>), or null.</summary>
    public BaselineComparison? Baseline { get; init; }

    public IReadOnlyList<string> FileSystems => [.. Results.Select(r => r.Observation.FileSystem).Distinct()];

    public IReadOnlyList<string> Paths => [.. Results.Select(r => r.Observation.Path.Format()).Distinct()];

    public IReadOnlyList<int> SectorSizes => [.. Results.Select(r => r.Observation.SectorSize).Distinct().Order()];

    public bool Conforms => Results.All(result => result.Conforms);

    /// <summary>Every verdict is what its scenario expects.</summary>
    public bool AsExpected => Results.All(result => result.AsExpected);
}
