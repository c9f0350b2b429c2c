namespace DioVerify.Engine.Input;

/// <summary>
/// How many items an array may hold while it is read, and what to say about one that holds more:
/// a list is counted as it is read, so an absurd one is refused before it is in memory.
/// </summary>
public sealed record JsonArrayLimit(int MaxItems, string Reason)
{
    /// <summary>No limit beyond what the document's own size allows.</summary>
    public static JsonArrayLimit None { get; } = new(int.MaxValue, "");
}
