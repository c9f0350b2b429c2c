using System.CommandLine;
using DioVerify.Cli.Commands;

namespace DioVerify.Cli;

/// <summary>The whole command line: every command and its options, for Program and for tests that parse without running.</summary>
public static class DioVerifyCommand
{
    public static RootCommand Create() => new("DioVerify: does a direct-I/O write path ever report bytes it did not durably write?")
    {
        PoliciesCommand.Create(),
        ReplayCommand.Create(),
        ExploreCommand.Create(),
        CheckCommand.Create(),
        MergeCommand.Create(),
        ProveCommand.Create(),
        AuditCommand.Create(),
        RecordCommand.Create(),
        CounterexampleCommand.Create(),
        BenchCommand.Create(),
    };
}
