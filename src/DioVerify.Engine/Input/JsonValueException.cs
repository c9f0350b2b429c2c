namespace DioVerify.Engine.Input;

/// <summary>
/// A JSON value that is well-formed but that the reader refuses — a string that is not valid Unicode,
/// an array longer than its limit — at a byte offset the caller turns into a file position.
/// </summary>
public sealed class JsonValueException(long at, string reason) : Exception(reason)
{
    /// <summary>Byte offset of the offending value (or byte within it) in the document.</summary>
    public long At { get; } = at;

    public string Reason { get; } = reason;
}
