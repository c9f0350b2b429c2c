namespace DioVerify.Engine.Model;

/// <summary>One O_DIRECT write, in bytes: where, how much, the file size before it, and the device geometry.</summary>
public sealed record WriteRequest(
    long Offset,
    long Length,
    long FileSize,
    long BlockSize,
    long SectorSize,
    long MaxBioBytes)
{
    /// <summary>
    /// SPEC v1 validation: the first rule the request breaks (the kernel would return EINVAL), or null
    /// when it is valid. Valid requests are the only ones the properties range over.
    /// </summary>
    public string? Validate()
    {
        if (SectorSize <= 0) return $"sectorSize must be positive (got {SectorSize})";
        if (BlockSize <= 0) return $"blockSize must be positive (got {BlockSize})";
        if (MaxBioBytes <= 0) return $"maxBioBytes must be positive (got {MaxBioBytes})";
        if (Length <= 0) return $"length must be positive (got {Length})";
        if (Offset < 0) return $"offset must not be negative (got {Offset})";
        if (FileSize < 0) return $"fileSize must not be negative (got {FileSize})";
        if (Offset % SectorSize != 0) return $"offset {Offset} is not a multiple of sectorSize {SectorSize}";
        if (Length % SectorSize != 0) return $"length {Length} is not a multiple of sectorSize {SectorSize}";
        if (BlockSize % SectorSize != 0) return $"blockSize {BlockSize} is not a multiple of sectorSize {SectorSize}";
        if (MaxBioBytes % SectorSize != 0) return $"maxBioBytes {MaxBioBytes} is not a multiple of sectorSize {SectorSize}";
        if (Offset > long.MaxValue - Length) return $"offset + length overflows 2^63 - 1 ({Offset} + {Length})";
        var end = Offset + Length;
        var tail = end % BlockSize == 0 ? 0 : BlockSize - (end % BlockSize);
        if (end > long.MaxValue - tail) return $"offset + length rounded up to blockSize overflows 2^63 - 1 (end {end}, blockSize {BlockSize})";
        return null;
    }

    /// <summary>The request as algebra terms for the reference engine (unlimited space when <paramref name="freeBlocks"/> is null).</summary>
    public RequestTerms<long> ToTerms(long? freeBlocks) =>
        new(Offset, Length, FileSize, BlockSize, SectorSize, MaxBioBytes, freeBlocks ?? long.MaxValue);
}
