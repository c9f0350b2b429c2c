using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A fact that needs root, loop devices, FUSE and mkfs; skipped, with the reason, where they are missing.</summary>
/// <remarks>The decision is <see cref="KernelAuditMachine.SkipReason"/>'s alone, shared with <see cref="TheoryWhenKernelAuditRunsAttribute"/>.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenKernelAuditRunsAttribute : FactAttribute
{
    public FactWhenKernelAuditRunsAttribute() => Skip = KernelAuditMachine.SkipReason;
}
