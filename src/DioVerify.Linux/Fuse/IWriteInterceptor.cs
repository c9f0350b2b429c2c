namespace DioVerify.Linux.Fuse;

/// <summary>Decides the fate of each WRITE the kernel sends for the image, from its image offset and payload.</summary>
public interface IWriteInterceptor
{
    WriteDecision Decide(long offset, ReadOnlySpan<byte> payload);
}
