namespace DioVerify.Linux.Fuse;

/// <summary>What the FUSE server does with one WRITE to its image: store it (after an optional delay) or fail it with EIO.</summary>
public readonly record struct WriteDecision(bool Fail, TimeSpan Delay)
{
    public static WriteDecision Store { get; } = new(false, TimeSpan.Zero);

    public static WriteDecision FailWithEio { get; } = new(true, TimeSpan.Zero);
}
