using DioVerify.Audit.Traces;

namespace DioVerify.Audit.Tests;

public class BioOffsetIndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Neighbours_and_order_match_a_sorted_list_whatever_the_insertion_order(int order)
    {
        var rng = new Random(order);
        var offsets = Enumerable.Range(0, 5000).Select(i => i * 10L).ToList();
        if (order == 1) offsets.Reverse();
        if (order == 2) offsets = [.. offsets.OrderBy(_ => rng.Next())];

        var index = new BioOffsetIndex();
        var reference = new List<long>();
        for (var i = 0; i < offsets.Count; i++)
        {
            var probe = offsets[i];
            var slot = index.Find(probe);
            var pos = reference.BinarySearch(probe);
            Assert.True(pos < 0);
            pos = ~pos;
            Assert.Equal(pos > 0 ? reference[pos - 1] : null, slot.Below?.Offset);
            Assert.Equal(pos < reference.Count ? reference[pos] : null, slot.Above?.Offset);
            index.Insert(slot, new BioOffsetIndex.Entry(probe, i));
            reference.Insert(pos, probe);
        }

        var inOrder = Enumerable.Range(0, index.ChunkCount).SelectMany(c => index.Chunk(c)).Select(e => e.Offset);
        Assert.Equal(reference, inOrder);
        Assert.Equal(offsets.Count, index.Count);

        index.Clear();
        Assert.Equal(0, index.Count);
        Assert.Null(index.Find(5).Below);
    }
}
