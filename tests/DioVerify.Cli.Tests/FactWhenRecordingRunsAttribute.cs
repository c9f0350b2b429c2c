using DioVerify.Cli.Tests.Support;
using DioVerify.Linux;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A fact that needs root, tracefs, loop devices and mkfs.ext4 (and the named program, and the kernel audit's FUSE when asked); skipped, with the reason, where one is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenRecordingRunsAttribute : FactAttribute
{
    public FactWhenRecordingRunsAttribute(string? program = null, bool kernelAudit = false)
    {
        if (RecordingMachine.SkipReason is { } reason) Skip = reason;
        else if (kernelAudit && KernelAuditMachine.SkipReason is { } kernel) Skip = kernel;
        else if (program is not null && !HostTool.Exists(program)) Skip = $"no {program} (./test.sh installs it through the bootstrap's test packages)";
    }
}
