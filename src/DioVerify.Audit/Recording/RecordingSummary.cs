namespace DioVerify.Audit.Recording;

/// <summary>What a recording wrote and what it left out, for the summary on stderr.</summary>
public sealed class RecordingSummary
{
    /// <summary>Direct writes written to the trace.</summary>
    public long Writes { get; internal set; }

    /// <summary>BIOs written to the trace.</summary>
    public long Bios { get; internal set; }

    /// <summary>Distinct files the written writes went to.</summary>
    public long Files { get; internal set; }

    /// <summary>Direct reads (and direct I/Os that could not be told to be writes) left out.</summary>
    public long Reads { get; internal set; }

    /// <summary>Writes left out because no return was recorded (still running when the recording stopped, or retried after EAGAIN).</summary>
    public long WithoutReturn { get; internal set; }

    /// <summary>Writes left out because their file could not be found or mapped afterwards (deleted, unmounted, no FIEMAP).</summary>
    public long UnmappedWrites { get; internal set; }

    /// <summary>BIOs of a recorded write that did not map into it (zeroing of partial blocks, moved extents) and so were left out.</summary>
    public long UnmappedBios { get; internal set; }

    /// <summary>Write BIOs of the traced processes outside any direct write (metadata, writeback): left out.</summary>
    public long StrayBios { get; internal set; }

    /// <summary>Events the kernel's buffer lost (per-CPU overrun and dropped counts, and losses noted in the stream).</summary>
    public long LostEvents { get; internal set; }

    /// <summary>Writes marked incomplete: events were lost, or their mapped BIOs left a gap.</summary>
    public long IncompleteWrites { get; internal set; }

    public bool Incomplete => LostEvents > 0 || IncompleteWrites > 0;

    /// <summary>The summary, one line per fact worth saying.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"recorded {Writes} direct write(s) to {Files} file(s), {Bios} bio(s)";
        var left = new List<string>();
        if (Reads > 0) left.Add($"{Reads} direct read(s)");
        if (WithoutReturn > 0) left.Add($"{WithoutReturn} write(s) without a recorded return");
        if (UnmappedWrites > 0) left.Add($"{UnmappedWrites} write(s) whose file could not be found or mapped (FIEMAP)");
        if (UnmappedBios > 0) left.Add($"{UnmappedBios} bio(s) that do not map into their write");
        if (StrayBios > 0) left.Add($"{StrayBios} write bio(s) outside any direct write (metadata, writeback)");
        if (left.Count > 0) yield return $"left out: {string.Join(", ", left)}";
        if (LostEvents > 0) yield return $"INCOMPLETE: the kernel's trace buffer lost {LostEvents} event(s); every write is marked incomplete and audit trace will judge none (try a larger --buffer-kb)";
        else if (IncompleteWrites > 0) yield return $"INCOMPLETE: {IncompleteWrites} write(s) have bios that could not be mapped into a gap-free run; they are marked incomplete";
    }
}
