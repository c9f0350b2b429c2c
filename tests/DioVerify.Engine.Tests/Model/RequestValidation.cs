using DioVerify.Engine.Model;
using Xunit;

namespace DioVerify.Engine.Tests.Model;

/// <summary>
/// SPEC v1 validation: EINVAL when S, B, M or len is &lt;= 0; off or isize negative; off, len, B or M not a
/// multiple of S; or off + len or roundUp(off + len, B) beyond 2^63 - 1. isize need not be aligned and M
/// need not be a multiple of B. <see cref="WriteRequest.Validate"/> names the rule that failed.
/// </summary>
public sealed class RequestValidation
{
    private const long Max = long.MaxValue; // 2^63 - 1

    /// <summary>64 KiB at 0 into an empty file; 4 KiB blocks, 512-byte sectors, 16 KiB BIOs.</summary>
    private static readonly WriteRequest Valid = new(Offset: 0, Length: 65536, FileSize: 0, BlockSize: 4096, SectorSize: 512, MaxBioBytes: 16384);

    /// <summary>An invalid variant of <see cref="Valid"/> and words its rejection must contain.</summary>
    public static TheoryData<string, WriteRequest, string[]> Invalid => new()
    {
        { "sector size zero", Valid with { SectorSize = 0 }, ["sectorSize", "positive"] },
        { "sector size negative", Valid with { SectorSize = -512 }, ["sectorSize", "positive"] },
        { "block size zero", Valid with { BlockSize = 0 }, ["blockSize", "positive"] },
        { "block size negative", Valid with { BlockSize = -4096 }, ["blockSize", "positive"] },
        { "max BIO size zero", Valid with { MaxBioBytes = 0 }, ["maxBioBytes", "positive"] },
        { "max BIO size negative", Valid with { MaxBioBytes = -16384 }, ["maxBioBytes", "positive"] },
        { "length zero", Valid with { Length = 0 }, ["length", "positive"] },
        { "length negative", Valid with { Length = -512 }, ["length", "positive"] },
        { "offset negative", Valid with { Offset = -512 }, ["offset", "negative"] },
        { "file size negative", Valid with { FileSize = -1 }, ["fileSize", "negative"] },
        { "offset unaligned", Valid with { Offset = 100 }, ["offset 100", "multiple of sectorSize 512"] },
        { "length unaligned", Valid with { Length = 1000 }, ["length 1000", "multiple of sectorSize 512"] },
        { "block size unaligned", Valid with { BlockSize = 1000 }, ["blockSize 1000", "multiple of sectorSize 512"] },
        { "block size smaller than a sector", Valid with { BlockSize = 256 }, ["blockSize 256", "multiple of sectorSize 512"] },
        { "max BIO size unaligned", Valid with { MaxBioBytes = 1000 }, ["maxBioBytes 1000", "multiple of sectorSize 512"] },
        // 2^63 - 512 is a multiple of 512; adding 1024 passes 2^63 - 1.
        { "offset + length overflows", Valid with { Offset = Max - 511, Length = 1024 }, ["offset + length", "overflows"] },
        // off + len = 2^63 - 512 fits, but it is 3584 mod 4096: rounding up to a block needs 2^63.
        { "roundUp(offset + length, B) overflows", Valid with { Offset = 0, Length = Max - 511 }, ["rounded up", "blockSize", "overflows"] },
    };

    public static TheoryData<string, WriteRequest> AlsoValid => new()
    {
        { "SPEC's example", Valid },
        { "file size not a multiple of anything", Valid with { FileSize = 1000 } },
        { "file size of 2^63 - 1", Valid with { FileSize = Max } },
        { "max BIO size not a multiple of the block size", Valid with { MaxBioBytes = 6144 } },
        { "max BIO size below the block size", Valid with { MaxBioBytes = 1024 } },
        { "max BIO size of one sector", Valid with { MaxBioBytes = 512 } },
        { "sector as large as the block", Valid with { SectorSize = 4096, MaxBioBytes = 16384 } },
        { "offset inside a block", Valid with { Offset = 4608 } },
        { "end exactly at the last block below 2^63", Valid with { Offset = 0, Length = Max - 4095 } },
        { "end exactly at 2^63 - 512 with sector-sized blocks", Valid with { BlockSize = 512, MaxBioBytes = 512, Length = Max - 511 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_request_is_rejected_naming_the_rule_it_breaks(string rule, WriteRequest request, string[] words)
    {
        var reason = request.Validate();

        Assert.True(reason is not null, $"{rule}: {request} was accepted");
        foreach (var word in words)
        {
            Assert.Contains(word, reason);
        }
    }

    [Theory]
    [MemberData(nameof(AlsoValid))]
    public void A_valid_request_is_accepted(string why, WriteRequest request) =>
        Assert.True(request.Validate() is null, $"{why}: {request.Validate()}");

    [Fact]
    public void A_zero_sector_size_is_reported_as_such_rather_than_dividing_by_zero() =>
        Assert.Contains("sectorSize", (Valid with { SectorSize = 0, Offset = 100 }).Validate());
}
