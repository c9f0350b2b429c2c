using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A theory that needs root, loop devices, FUSE and mkfs; skipped, with the reason, where they are missing.</summary>
/// <remarks>
/// xunit 2 picks a test's discoverer from its attribute's type and has no dynamic skip, so a theory needs an attribute of
/// its own; the decision is <see cref="KernelAuditMachine.SkipReason"/>'s, as for <see cref="FactWhenKernelAuditRunsAttribute"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenKernelAuditRunsAttribute : TheoryAttribute
{
    public TheoryWhenKernelAuditRunsAttribute() => Skip = KernelAuditMachine.SkipReason;
}
