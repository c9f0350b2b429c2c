using DioVerify.Linux;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Tests.Linux.Io;

/// <summary>On a device with 4096-byte logical sectors, O_DIRECT alignment is 4096 on every I/O path: a 512-aligned write is refused.</summary>
public sealed class FourKiBSectorTests(LoopExt4With4KiBSectors ext4) : IClassFixture<LoopExt4With4KiBSectors>
{
    private const int EINVAL = 22;

    public static TheoryData<string> Paths => [.. IoPathNames.All.Select(p => p.Format())];

    [TheoryWhenLoopExt4]
    [MemberData(nameof(Paths))]
    public void A_512_aligned_offset_is_EINVAL_and_a_4096_aligned_one_is_written(string name)
    {
        var path = IoPathNames.Parse(name);
        using var data = new AlignedBuffer(8192);
        using var file = ext4.NewFile();

        Assert.Equal(-EINVAL, DirectWrites.Write(file, data, 4096, 512, path));
        Assert.Equal(-EINVAL, DirectWrites.Write(file, data, 512, 0, path));
        Assert.Equal(8192, DirectWrites.Write(file, data, 8192, 4096, path));
    }
}
