namespace DioVerify.Engine.Runs;

/// <summary>What became of a file block (allocation, not contents).</summary>
public enum BlockState
{
    /// <summary>Existed before the write (below the old EOF, rounded up to a block).</summary>
    Existing,

    /// <summary>Allocated for this write and kept.</summary>
    Kept,

    /// <summary>Allocated for this write and freed again at cleanup.</summary>
    Freed,

    /// <summary>Not allocated: a hole, or a block the allocator could not provide.</summary>
    Unallocated,
}
