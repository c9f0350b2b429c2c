using DioVerify.Cli.Tests.Support;
using DioVerify.Linux;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A fact that needs root, tracefs, loop devices and mkfs.ext4 (and the named program); skipped, with the reason, where one is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenRecordingRunsAttribute : FactAttribute
{
    public FactWhenRecordingRunsAttribute(string? program = null)
    {
        if (RecordingMachine.SkipReason is { } reason) Skip = reason;
        else if (program is not null && !HostTool.Exists(program)) Skip = $"no {program} (./test.sh installs it through the bootstrap's test packages)";
    }
}
