using System.CommandLine;
using DioVerify.Bench;
using DioVerify.Check;
using DioVerify.Engine.Policies;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify bench</c>: the speed table anyone can rerun, with the machine it ran on.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var maxBios = new Option<int>("--max-bios") { Description = "Bounded P1 proofs at 8, 16, 32, ... BIOs up to N (below 8: at N only); planted faults from 4, 8, 17, 64, 256 BIOs up to N", DefaultValueFactory = _ => 1024 };
        var quick = new Option<bool>("--quick") { Description = "A CI-sized run (seconds): few samples, explore to 3 BIOs, bounded at 2 BIOs, unbounded for contiguous-prefix only" };
        var check = new Option<bool>("--check") { Description = "Also time `check` end to end (default options, this checkout's proofs/)" };
        var timeout = TimeoutOption.Create("Seconds per obligation before the verdict is unknown");
        var jobs = new Option<int>("--jobs") { Description = "Unbounded obligations decided at once [default: the number of cores]", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("bench", "Time the concrete engine, exhaustive explore, bounded and unbounded proofs (and optionally check) and print a table with the machine it ran on")
        {
            maxBios, quick, check, timeout, jobs, format,
        };
        command.SetAction(parsed =>
        {
            var workers = parsed.GetValue(jobs);
            if (workers is < 1 or > 64) throw CliException.Usage($"--jobs must be between 1 and 64 (got {workers})");
            var options = parsed.GetValue(quick) ? BenchOptions.Quick(PolicyCatalog.Builtin) : new BenchOptions(PolicyCatalog.Builtin);
            if (parsed.GetResult(maxBios) is { Implicit: false })
            {
                var n = parsed.GetValue(maxBios);
                if (n is < 1 or > ProveCommand.MaxBios) throw CliException.Usage($"--max-bios must be between 1 and {ProveCommand.MaxBios} (got {n})");
                options = options with { MaxBios = n };
            }

            options = options with { Timeout = TimeoutOption.Value(parsed, timeout), Jobs = workers };
            if (parsed.GetValue(check))
            {
                var proofs = Path.Combine(RepoRoot.Find() ?? Directory.GetCurrentDirectory(), "proofs");
                options = options with { Check = new CheckOptions(PolicyCatalog.Builtin.Policies, proofs, Path.Combine(Path.GetDirectoryName(proofs)!, "models")) { Jobs = workers } };
            }

            var report = BenchRun.Run(options, ConsoleProgress.Instance);
            Console.Write(parsed.GetValue(format) == "json" ? BenchReportJson.Render(report) : BenchReportText.Render(report));
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
