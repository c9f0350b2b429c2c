using System.Collections;

namespace DioVerify.Audit.Recording;

/// <summary>
/// One BIO of a recorded direct I/O, in device sectors: a <c>block_bio_queue</c>, or the front part a
/// <c>block_split</c> cut off it (each split part is completed, and can fail, on its own). It is complete
/// once completion events have covered all its sectors; a request may complete several merged BIOs at
/// once, or a BIO in parts.
/// </summary>
public sealed class RecordedBio
{
    private BitArray _covered;
    private long _coveredCount;

    public RecordedBio(RecordedDio dio, uint dev, long sector, long sectors)
    {
        Dio = dio;
        Dev = dev;
        Sector = sector;
        Sectors = sectors;
        _covered = new BitArray(checked((int)sectors));
    }

    public RecordedDio Dio { get; }

    public uint Dev { get; }

    public long Sector { get; private set; }

    public long Sectors { get; private set; }

    public long End => Sector + Sectors;

    /// <summary>Some completion covering it carried an error.</summary>
    public bool Failed { get; private set; }

    /// <summary>Position of its completion among all completions of the recording, or -1 while in flight.</summary>
    public long CompletedAt { get; private set; } = -1;

    /// <summary>Cuts this BIO at <paramref name="at"/>: it keeps <c>[Sector, at)</c> and the returned BIO is <c>[at, End)</c>.</summary>
    public RecordedBio SplitAt(long at)
    {
        var tail = new RecordedBio(Dio, Dev, at, End - at);
        Sectors = at - Sector;
        _covered = new BitArray(checked((int)Sectors));
        return tail;
    }

    /// <summary>Marks the sectors of <c>[sector, sector + count)</c> it holds as completed; true when that completes it.</summary>
    public bool Cover(long sector, long count, bool error, long order)
    {
        var from = Math.Max(sector, Sector);
        var to = Math.Min(sector + count, End);
        if (from >= to || CompletedAt >= 0) return false;
        Failed |= error;
        for (var s = from; s < to; s++)
        {
            var i = (int)(s - Sector);
            if (_covered[i]) continue;
            _covered[i] = true;
            _coveredCount++;
        }
        if (_coveredCount < Sectors) return false;
        CompletedAt = order;
        return true;
    }
}
