using System.CommandLine;
using DioVerify.Cli;
using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;

// The built-in catalog is read from its rule files before the commands (whose help lists its names) exist: a
// malformed one is reported as bad input, file:line:column, not as a crash.
try
{
    _ = PolicyCatalog.Builtin;
}
catch (Exception e)
{
    return Failure.Report(e);
}

var root = DioVerifyCommand.Create();

// The native solver's version belongs in --version: a proof is only as good as the solver that checked it.
if (args is ["--version"])
{
    Console.WriteLine($"dioverify {typeof(ExitCode).Assembly.GetName().Version?.ToString(3)}");
    Console.WriteLine($"libz3 {Z3Provider.Version()}");
    return (int)ExitCode.Ok;
}

try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine($"dioverify: {error.Message}");
        }

        Console.Error.WriteLine("Run 'dioverify --help' (or 'dioverify COMMAND --help') for usage.");
        return (int)ExitCode.Usage;
    }

    // `audit kernel` and `record` handle the stop signals themselves: they must release mounts, loop devices
    // and tracefs instances before exiting.
    using var interruption = parsed.CommandResult.Command.Name is "kernel" or "record" ? null : Interruption.Install();

    try
    {
        // Our own handler (below) turns exceptions into one line and the contract's exit code.
        var code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        return interruption?.Complete(code) ?? code;
    }
    catch (Exception) when (interruption?.Requested == true)
    {
        // Whatever an interrupted solver made the command throw, the run was stopped, not broken.
        return interruption.Complete((int)ExitCode.Interrupted);
    }
}
catch (Exception e)
{
    return Failure.Report(e);
}
