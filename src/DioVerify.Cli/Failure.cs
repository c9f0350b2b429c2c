using DioVerify.Engine.Input;
using DioVerify.Linux;
using DioVerify.Reporting;

namespace DioVerify.Cli;

/// <summary>Turns any exception into one line on stderr and its exit code: no stack trace reaches a user.</summary>
public static class Failure
{
    public static int Report(Exception e)
    {
        switch (e)
        {
            case BadInputException bad:
                // The reason echoes what the file holds (a field name, a value): neutralised, like the file name.
                Console.Error.WriteLine(TerminalText.Neutralise(bad.Line > 0 ? $"{bad.File}:{bad.Line}:{bad.Column}: {bad.Reason}" : $"{bad.File}: {bad.Reason}"));
                return (int)ExitCode.BadInput;
            case TypeInitializationException { InnerException: BadInputException inner }:
                // A malformed built-in rule file (models/policies/) surfaces when the catalog is first used: bad input all the same.
                return Report(inner);
            case CliException cli:
                Console.Error.WriteLine($"dioverify: {cli.Message}");
                return (int)cli.Code;
            case OperationCanceledException:
                Console.Error.WriteLine("dioverify: interrupted");
                return (int)ExitCode.Interrupted;
            case HostException host:
                Console.Error.WriteLine($"dioverify: {host.Message}");
                return (int)ExitCode.Unavailable;
            default:
                Console.Error.WriteLine(TerminalText.Neutralise($"dioverify: internal error: {e.GetType().Name}: {e.Message}"));
                if (Environment.GetEnvironmentVariable("DIOVERIFY_DEBUG") == "1") Console.Error.WriteLine(e);
                else Console.Error.WriteLine("(set DIOVERIFY_DEBUG=1 for the stack trace, and please report it)");
                return (int)ExitCode.Internal;
        }
    }
}
