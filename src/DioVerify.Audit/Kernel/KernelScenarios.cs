namespace DioVerify.Audit.Kernel;

/// <summary>
/// The scenarios of the kernel audit: ENOSPC from the start and from inside a file; EIO in the middle
/// (completions in order, and with the first block completing last) and on the first block.
/// </summary>
public static class KernelScenarios
{
    private const long KiB = 1024;
    private const long MiB = 1024 * KiB;

    public static IReadOnlyList<KernelScenario> All { get; } =
    [
        new("enospc-extend", "a 16 MiB write into an empty file with 4 MiB free", 0, 4 * MiB, 0, 16 * MiB, [], []),
        new("enospc-extend-inside", "a 16 MiB write from 512 KiB into a 1 MiB file with 4 MiB free", 1 * MiB, 4 * MiB, 512 * KiB, 16 * MiB, [], []),
        new("eio-middle", "a 4 MiB write into an empty file; the device fails the block at 2 MiB", 0, null, 0, 4 * MiB, [2 * MiB / KernelScenario.FileBlockSize], []),
        new("eio-middle-reordered", "as eio-middle, but the device completes the first block last", 0, null, 0, 4 * MiB, [2 * MiB / KernelScenario.FileBlockSize], [0]),
        new("eio-first", "a 4 MiB write into an empty file; the device fails its first block", 0, null, 0, 4 * MiB, [0], []),
        new("eio-middle-overwrite", "a 4 MiB overwrite of a 4 MiB file; the device fails the block at 2 MiB", 4 * MiB, null, 0, 4 * MiB, [2 * MiB / KernelScenario.FileBlockSize], []),
    ];

    public static KernelScenario? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    public static string Names => string.Join(", ", All.Select(s => s.Name));
}
