using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A theory that needs root, loop devices, FUSE and mkfs; skipped, with the reason, where they are missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenKernelAuditRunsAttribute : TheoryAttribute
{
    public TheoryWhenKernelAuditRunsAttribute()
    {
        if (KernelAuditMachine.SkipReason is { } reason) Skip = reason;
    }
}
