using System.Collections.Immutable;
using DioVerify.Engine.Model;
using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Tests.Support;

/// <summary>Terse constructors for requests and schedules, so a test reads like the SPEC example it encodes.</summary>
internal static class Build
{
    public const long KiB = 1024;
    public const long Block = 4096;
    public const long Sector = 512;

    public static WriteRequest Request(long offset, long length, long fileSize, long blockSize = Block, long sectorSize = Sector, long maxBioBytes = Block) =>
        new(offset, length, fileSize, blockSize, sectorSize, maxBioBytes);

    /// <summary>The request of SPEC's schedule example: 64 KiB into an empty file, 16 KiB BIOs.</summary>
    public static WriteRequest SpecExampleRequest => Request(0, 65536, 0, maxBioBytes: 16384);

    /// <summary><paramref name="outcomes"/> is space-separated <c>ok</c>/<c>eio</c> in file order.</summary>
    public static Schedule Schedule(WriteRequest request, long? freeBlocks, string outcomes, params int[] arrival) =>
        new(request, freeBlocks, Outcomes(outcomes), [.. arrival]);

    public static Schedule Schedule(WriteRequest request, long? freeBlocks, IEnumerable<BioStatus> outcomes, IEnumerable<int> arrival) =>
        new(request, freeBlocks, [.. outcomes], [.. arrival]);

    public static ImmutableArray<BioStatus> Outcomes(string text) =>
    [
        .. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word switch
        {
            "ok" => BioStatus.Ok,
            "eio" => BioStatus.Eio,
            _ => throw new ArgumentException($"not an outcome: {word}"),
        }),
    ];
}
