namespace DioVerify.Linux;

/// <summary>What <c>statx</c> says of a file: its size and the 512-byte units allocated to it (<c>st_blocks</c>).</summary>
public readonly record struct FileStatus(long Size, long Blocks)
{
    public long AllocatedBytes => Blocks * 512;
}
