using DioVerify.Linux.Io;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// What a kernel audit covers beyond its scenarios: the filesystem variants (null: each scenario's own), the I/O
/// paths and the sector sizes (null: each scenario's own).
/// </summary>
public sealed record KernelSelection(IReadOnlyList<string>? FileSystems, IReadOnlyList<IoPath>? Paths, IReadOnlyList<int>? SectorSizes)
{
    public static KernelSelection Default { get; } = new(null, null, null);
}
