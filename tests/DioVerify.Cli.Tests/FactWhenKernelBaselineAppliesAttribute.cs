using System.Text.Json;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// A fact that audits this machine's kernel against models/kernel-baseline.json: it needs what the kernel audit
/// needs, and the kernel the baseline was recorded on (another kernel's behaviour is not on record); skipped, with
/// the reason, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenKernelBaselineAppliesAttribute : FactAttribute
{
    public FactWhenKernelBaselineAppliesAttribute()
    {
        if (KernelAuditMachine.SkipReason is { } reason)
        {
            Skip = reason;
            return;
        }

        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "models", "kernel-baseline.json")));
        var recorded = baseline.RootElement.GetProperty("kernel").GetString();
        var running = File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        if (recorded != running) Skip = $"models/kernel-baseline.json was recorded on Linux {recorded}, this is {running}: record one with --write-baseline";
    }
}
