using System.Runtime.InteropServices;

namespace DioVerify.Linux;

/// <summary>Native memory aligned for O_DIRECT: the kernel rejects direct I/O from unaligned user buffers with EINVAL.</summary>
public sealed unsafe class AlignedBuffer : IDisposable
{
    public const int Alignment = 4096;

    private byte* pointer;

    public AlignedBuffer(long length)
    {
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "a buffer holds at least one byte");
        Length = length;
        pointer = (byte*)NativeMemory.AlignedAlloc((nuint)length, Alignment);
        NativeMemory.Clear(pointer, (nuint)length);
    }

    public long Length { get; }

    internal byte* Pointer => pointer != null ? pointer : throw new ObjectDisposedException(nameof(AlignedBuffer));

    /// <summary>The bytes of <c>[offset, offset + count)</c>; a span cannot exceed 2 GiB, so callers walk large buffers in pieces.</summary>
    public Span<byte> Slice(long offset, int count)
    {
        if (offset < 0 || count < 0 || offset + count > Length) throw new ArgumentOutOfRangeException(nameof(offset));
        return new Span<byte>(Pointer + offset, count);
    }

    public void Dispose()
    {
        if (pointer == null) return;
        NativeMemory.AlignedFree(pointer);
        pointer = null;
    }
}
