using DioVerify.Linux.Fuse;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>The FUSE disk's bytes: garbage until written, exactly what was written after, nothing past its end.</summary>
public sealed class SparseImageTests
{
    private static SparseImage Image(long length) => new(length, (offset, destination) => destination.Fill(0xA5));

    [Fact]
    public void Unwritten_bytes_read_as_the_background()
    {
        var bytes = new byte[100];
        Assert.Equal(100, Image(1 << 20).Read(12345, bytes));
        Assert.All(bytes, b => Assert.Equal(0xA5, b));
    }

    [Fact]
    public void A_write_across_chunks_reads_back_and_leaves_its_neighbours_alone()
    {
        var image = Image(1 << 20);
        var data = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        Assert.Equal(data.Length, image.Write(60_000, data));
        var back = new byte[data.Length + 2];
        image.Read(59_999, back);
        Assert.Equal(0xA5, back[0]);
        Assert.Equal(data, back[1..^1]);
        Assert.Equal(0xA5, back[^1]);
    }

    [Fact]
    public void Nothing_is_read_or_written_past_the_end()
    {
        var image = Image(4096);
        Assert.Equal(96, image.Write(4000, new byte[200]));
        Assert.Equal(0, image.Read(4096, new byte[10]));
    }

    [Fact]
    public void Only_written_chunks_are_visited()
    {
        var image = Image(1 << 20);
        image.Write(200_000, new byte[10]);
        var visited = new List<long>();
        image.VisitWritten((offset, bytes) => visited.Add(offset));
        Assert.Equal([196_608L], visited);
    }
}
