namespace DioVerify.Verdicts.Check;

/// <summary>One part of a sharded <c>check</c>: part <see cref="Index"/> (1-based) of <see cref="Count"/>.</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>I/K</c> (1 ≤ I ≤ K ≤ 256); null when the text is not one, with the reason.</summary>
    public static Shard? Parse(string text, out string? reason)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count))
        {
            reason = $"\"{text}\" is not I/K (e.g. 1/4)";
            return null;
        }

        reason = count is < 1 or > 256 ? $"K must be between 1 and 256 (got {count})"
            : index < 1 || index > count ? $"I must be between 1 and K={count} (got {index})"
            : null;
        return reason is null ? new Shard(index, count) : null;
    }

    public override string ToString() => $"{Index}/{Count}";
}
