using System.CommandLine;
using DioVerify.Cli;
using DioVerify.Cli.Commands;
using DioVerify.Engine.Input;

var root = new RootCommand("DioVerify: does a direct-I/O write path ever report bytes it did not durably write?")
{
    PoliciesCommand.Create(),
    ReplayCommand.Create(),
    ExploreCommand.Create(),
    CheckCommand.Create(),
    ProveCommand.Create(),
};

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

    return parsed.Invoke();
}
catch (Exception e)
{
    return Failure.Report(e);
}
