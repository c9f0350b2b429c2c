namespace DioVerify.Engine.Runs;

/// <summary>What a sector holds after the write (SPEC "Sector map").</summary>
public enum SectorState
{
    /// <summary>Written by a BIO that completed ok.</summary>
    Durable,

    /// <summary>Written by a failed BIO: old data, new data or garbage, "a random mix".</summary>
    Failed,

    /// <summary>Inside the request but at or past the ENOSPC cut: never submitted.</summary>
    NotSubmitted,

    /// <summary>Outside the request and below the old size: the file's old data.</summary>
    OldData,

    /// <summary>Outside the request in a newly allocated block: zeroed by the filesystem, never written.</summary>
    Unwritten,

    /// <summary>Outside the request past the old size and not allocated: a hole, reads as zeros.</summary>
    Hole,
}
