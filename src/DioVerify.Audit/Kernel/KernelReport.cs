namespace DioVerify.Audit.Kernel;

/// <summary>The kernel audit's findings: the running kernel's release and a judgement per (filesystem, scenario).</summary>
public sealed record KernelReport(string Kernel, IReadOnlyList<KernelJudgement> Results)
{
    public bool Conforms => Results.All(result => result.Conforms);
}
