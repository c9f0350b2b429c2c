using System.CommandLine;
using DioVerify.Check;
using DioVerify.Check.Proving;
using DioVerify.Engine.Policies;
using DioVerify.Reporting;
using DioVerify.Reporting.Html;
using DioVerify.Verdicts.Check;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify check</c>, the main job: parses its options, runs <see cref="CheckRun"/>, renders the one report it
/// returns and maps its outcome to the exit code.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var maxBios = new Option<int>("--max-bios") { Description = "Explore exhaustively at 0..N BIOs, N from 1 to 7", DefaultValueFactory = _ => CheckOptions.DefaultMaxBios };
        var proofBios = new Option<int>("--proof-bios") { Description = "Bound of the SMT obligations in proofs/", DefaultValueFactory = _ => CheckOptions.DefaultProofBios };
        var update = new Option<bool>("--update") { Description = "Rewrite proofs/ (obligations and ledger) and models/ instead of failing on drift" };
        var noProofs = new Option<bool>("--no-proofs") { Description = "Explore and run FsCheck only; skip the SMT obligations" };
        var unbounded = new Option<bool>("--unbounded") { Description = "Prove every policy × property for every number of BIOs on the wide geometry domain and re-check each certificate in proofs/unbounded/ with z3 and cvc5 (the default now; kept for scripts that pass it)" };
        var noUnbounded = new Option<bool>("--no-unbounded") { Description = "Skip the unbounded proofs and their certificates: the bounded obligations in proofs/ only" };
        var proofs = new Option<string?>("--proofs") { Description = "The proofs directory (default: proofs/ of this checkout)" };
        var timeout = TimeoutOption.Create("Seconds per query (BIO count × geometry) per solver");
        var fsCheckTests = new Option<int>("--fscheck-tests") { Description = $"FsCheck cases per policy × property (fixed seed {CheckOptions.FsCheckSeed})", DefaultValueFactory = _ => CheckOptions.DefaultFsCheckTests };
        var jobs = new Option<int>("--jobs") { Description = "Obligations decided at once, each with its own Z3 context [default: the number of cores]", DefaultValueFactory = _ => Environment.ProcessorCount };
        var solvers = SolversOption.Create();
        var format = CommonOptions.Format("text", "json", "junit", "sarif");
        var html = HtmlReportOption.Create("the report (the policy × property matrix, each refuted cell linked to its counterexample)");
        var rules = RulesOption.Create();
        var cache = CacheOption.Directory();
        var noCache = CacheOption.Disabled();
        var shard = ShardOption.Create();
        var reportFile = ReportFileOption.Create();
        var command = new Command("check", "The main job for CI and users: explore every policy exhaustively, run FsCheck, re-prove proofs/ with three solvers, prove for every number of BIOs and re-check each certificate in proofs/unbounded/ with z3 and cvc5, and compare every verdict with the catalog; exit 0 if all is as expected")
        {
            maxBios, proofBios, update, noProofs, proofs, timeout, fsCheckTests, jobs, solvers, format, html, rules,
        };
        command.Options.Add(cache);
        command.Options.Add(noCache);
        command.Options.Add(shard);
        command.Options.Add(reportFile);
        command.Options.Add(unbounded);
        command.Options.Add(noUnbounded);
        command.SetAction(parsed =>
        {
            var n = parsed.GetValue(maxBios);
            if (n is < 1 or > 7) throw CliException.Usage($"--max-bios must be between 1 and 7 (got {n})");
            var tests = parsed.GetValue(fsCheckTests);
            if (tests is < 1 or > 1_000_000) throw CliException.Usage($"--fscheck-tests must be between 1 and 1000000 (got {tests})");
            var bound = parsed.GetValue(proofBios);
            if (bound is < 0 or > 16) throw CliException.Usage($"--proof-bios must be between 0 and 16 (got {bound})");
            var workers = parsed.GetValue(jobs);
            if (workers is < 1 or > 64) throw CliException.Usage($"--jobs must be between 1 and 64 (got {workers})");
            if (parsed.GetValue(unbounded) && parsed.GetValue(noUnbounded)) throw CliException.Usage("--unbounded and --no-unbounded contradict each other: give one");
            var htmlTarget = HtmlReportOption.Target(parsed.GetValue(html));
            var directory = parsed.GetValue(proofs) ?? Path.Combine(RepoRoot.Find() ?? Directory.GetCurrentDirectory(), "proofs");
            var userRules = RulesOption.Load(parsed, rules);
            var options = new CheckOptions(RulesOption.Catalog(userRules).Policies, directory, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(directory))!, "models"))
            {
                MaxBios = n,
                ProofBios = bound,
                Proofs = !parsed.GetValue(noProofs),
                Unbounded = !parsed.GetValue(noUnbounded),
                Update = parsed.GetValue(update),
                Timeout = TimeoutOption.Value(parsed, timeout),
                FsCheckTests = tests,
                Jobs = workers,
                Unrecorded = userRules,
                CrossCheckers = SolversOption.CrossCheckers(parsed.GetValue(solvers)!),
            };

            options = options with
            {
                Cache = CacheOption.Value(parsed, cache, noCache),
                Shard = ShardOption.Value(parsed.GetValue(shard)),
                Commit = GitCommit.Find(RepoRoot.Find() ?? Directory.GetCurrentDirectory()),
            };
            if (options.Shard is not null && options.Update) throw CliException.Usage("--update rewrites all of proofs/: run it without --shard");
            var reportTarget = ReportFileOption.Target(parsed.GetValue(reportFile));

            CheckReport report;
            try
            {
                report = CheckRun.Run(options, ConsoleProgress.Instance);
            }
            catch (LedgerMissingException e)
            {
                throw new CliException(ExitCode.BadInput, $"{e.Message}; run 'dioverify check --update' to write proofs/");
            }

            CacheOption.Report(options.Cache);
            return CheckReportOutput.Write(report, parsed.GetValue(format), reportTarget, htmlTarget);
        });
        return command;
    }

    /// <summary>The CLI contract's exit code for a check outcome.</summary>
    public static ExitCode ExitOf(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.AsExpected => ExitCode.Ok,
        CheckOutcome.NotAsExpected => ExitCode.Violated,
        CheckOutcome.Unknown => ExitCode.Unknown,
        _ => ExitCode.Internal,
    };
}
