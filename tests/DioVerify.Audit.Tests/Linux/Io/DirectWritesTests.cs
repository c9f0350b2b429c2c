using DioVerify.Linux;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Tests.Linux.Io;

/// <summary>
/// <see cref="DirectWrites"/>: every I/O path (pwrite, pwritev, libaio, io_uring) makes a real O_DIRECT write on
/// ext4 over a loop device and returns what the kernel answered — the same byte count as pwrite, or the same
/// negated errno — and the data is on the file afterwards.
/// </summary>
public sealed class DirectWritesTests(LoopExt4 ext4) : IClassFixture<LoopExt4>
{
    private const int EINVAL = 22;
    private const int EBADF = 9;
    private const int EFBIG = 27;

    public static TheoryData<string> Paths => [.. IoPathNames.All.Select(p => p.Format())];

    [TheoryWhenLoopExt4]
    [MemberData(nameof(Paths))]
    public void A_write_returns_the_pwrite_count_and_the_data_reads_back(string name)
    {
        var path = IoPathNames.Parse(name);
        const long length = (1024 * 1024) + (3 * 4096);
        const long offset = 8192;
        using var data = Pattern(length, seed: (int)path + 1);

        using var reference = ext4.NewFile();
        var byPwrite = DirectWrites.Write(reference, data, length, offset, IoPath.Pwrite);
        using var file = ext4.NewFile();
        var returned = DirectWrites.Write(file, data, length, offset, path);

        Assert.Equal(length, byPwrite);
        Assert.Equal(byPwrite, returned);
        Assert.Equal(offset + length, file.Status().Size);
        using var back = new AlignedBuffer(length);
        Assert.Equal(length, file.PRead(back, length, offset));
        Assert.True(data.Slice(0, (int)length).SequenceEqual(back.Slice(0, (int)length)), $"{name}: the data read back differs from what was written");
    }

    [TheoryWhenLoopExt4]
    [MemberData(nameof(Paths))]
    public void An_unaligned_offset_returns_minus_EINVAL_as_pwrite_does(string name)
    {
        using var data = Pattern(4096, seed: 7);
        using var reference = ext4.NewFile();
        using var file = ext4.NewFile();

        Assert.Equal(-EINVAL, DirectWrites.Write(reference, data, 4096, 1, IoPath.Pwrite));
        Assert.Equal(-EINVAL, DirectWrites.Write(file, data, 4096, 1, IoPathNames.Parse(name)));
        Assert.Equal(0, file.Status().Size);
    }

    [TheoryWhenLoopExt4]
    [MemberData(nameof(Paths))]
    public void A_file_opened_read_only_returns_minus_EBADF_whether_submission_or_completion_reports_it(string name)
    {
        // io_submit refuses the iocb itself; io_uring posts the error as the completion's res; pwrite(v) return it.
        using var data = Pattern(4096, seed: 9);
        string created;
        using (var file = ext4.NewFile()) created = file.Path;
        using var readOnly = DirectFile.OpenReadOnly(created);

        Assert.Equal(-EBADF, DirectWrites.Write(readOnly, data, 4096, 0, IoPathNames.Parse(name)));
    }

    [TheoryWhenLoopExt4]
    [MemberData(nameof(Paths))]
    public void At_the_filesystems_size_limit_a_short_count_and_EFBIG_are_returned_as_pwrite_returns_them(string name)
    {
        // ext4 with extents and 4 KiB blocks stops at 2^32 - 1 blocks: a write across that end is cut short, one past it fails.
        const long limit = ((1L << 32) - 1) * 4096;
        using var data = Pattern(8192, seed: 11);
        using var reference = ext4.NewFile();
        using var file = ext4.NewFile();
        var path = IoPathNames.Parse(name);

        var shortByPwrite = DirectWrites.Write(reference, data, 8192, limit - 4096, IoPath.Pwrite);
        Assert.Equal(4096, shortByPwrite);
        Assert.Equal(shortByPwrite, DirectWrites.Write(file, data, 8192, limit - 4096, path));
        Assert.Equal(-EFBIG, DirectWrites.Write(file, data, 4096, limit, path));
        Assert.Equal(limit, file.Status().Size);
    }

    private static AlignedBuffer Pattern(long length, int seed)
    {
        var buffer = new AlignedBuffer(length);
        new Random(seed).NextBytes(buffer.Slice(0, (int)length));
        return buffer;
    }
}
