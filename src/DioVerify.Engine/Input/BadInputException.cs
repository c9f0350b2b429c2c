namespace DioVerify.Engine.Input;

/// <summary>
/// A user-supplied file (schedule, trace) that is not well-formed: names the file, the place and
/// the reason, so the CLI can print <c>file:line:column: reason</c> and exit 65 without a stack trace.
/// </summary>
public sealed class BadInputException(string file, long line, long column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    public string File { get; } = file;

    /// <summary>1-based line, or 0 when the problem is not tied to a place in the file.</summary>
    public long Line { get; } = line;

    /// <summary>1-based column, or 0 when unknown.</summary>
    public long Column { get; } = column;

    public string Reason { get; } = reason;
}
