using DioVerify.Linux.Io;

namespace DioVerify.Audit.Tests.Linux.Io;

/// <summary>The I/O paths' names are a contract (flags, scenario files, reports), and pwritev's split keeps O_DIRECT's alignment.</summary>
public sealed class IoPathNamesTests
{
    [Fact]
    public void Every_path_has_its_kebab_name_and_parses_back()
    {
        Assert.Equal(["pwrite", "pwritev", "libaio", "io_uring"], IoPathNames.All.Select(p => p.Format()));
        Assert.All(Enum.GetValues<IoPath>(), path => Assert.Equal(path, IoPathNames.Parse(path.Format())));
    }

    [Theory]
    [InlineData("PWRITE")]
    [InlineData("io-uring")]
    [InlineData("aio")]
    [InlineData("")]
    public void An_unknown_name_is_refused_naming_the_valid_ones(string name)
    {
        Assert.False(IoPathNames.TryParse(name, out _));
        Assert.Contains("pwrite, pwritev, libaio, io_uring", Assert.Throws<FormatException>(() => IoPathNames.Parse(name)).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(512)]
    [InlineData(4096)]
    [InlineData(8192)]
    [InlineData(12288 + 512)]
    [InlineData(1024 * 1024)]
    [InlineData((16 * 1024 * 1024) + 4096)]
    public void Pwritev_splits_into_at_most_eight_aligned_iovecs_covering_the_write(long length)
    {
        var pieces = DirectWrites.PwritevPieces(length);

        Assert.Equal(length, pieces.Sum());
        Assert.InRange(pieces.Count, 1, DirectWrites.PwritevSegments);
        Assert.All(pieces.SkipLast(1), piece => Assert.True(piece > 0 && piece % 4096 == 0, $"{piece} is not a whole number of pages"));
        Assert.True(pieces[^1] > 0);
        if (length >= 8 * 4096) Assert.Equal(DirectWrites.PwritevSegments, pieces.Count);
    }
}
