namespace DioVerify.Cli;

/// <summary>A failure to report to the user as one message and an exit code, without a stack trace.</summary>
public sealed class CliException(ExitCode code, string message) : Exception(message)
{
    public ExitCode Code { get; } = code;

    public static CliException Usage(string message) => new(ExitCode.Usage, message);
}
