using DioVerify.Verdicts;
using System.CommandLine;
using DioVerify.Check.Caching;
using DioVerify.Check.Proving;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Reporting;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify prove</c>: decide (policy, property, bound) obligations with an SMT solver.</summary>
public static class ProveCommand
{
    public const int DefaultBios = 8;

    /// <summary>The largest --bios: per-run properties from 5 BIOs on are unrolled (linear in N); P6 at a bound still uses arrival networks.</summary>
    public const int MaxBios = 4096;

    public static Command Create()
    {
        var policy = CommonOptions.Policy();
        var all = CommonOptions.All("the default");
        var property = new Option<string?>("--property") { Description = "One property, P1..P7 (default: all seven)" };
        var bios = new Option<int?>("--bios") { Description = $"Cover every request mapping to 0..N BIOs [default: {DefaultBios}]" };
        var unbounded = new Option<bool>("--unbounded") { Description = "For every number of BIOs (P6 by induction over arrivals, the others by induction over file order)" };
        var solver = new Option<string>("--solver")
        {
            Description = "z3 (in-process), cvc5 (the cvc5 CLI on the exported SMT-LIB2), or all (both must agree)",
            DefaultValueFactory = _ => "z3",
        };
        solver.AcceptOnlyFromAmong("z3", "cvc5", "all");
        var timeout = TimeoutOption.Create("Seconds per obligation before the verdict is unknown");
        var jobs = new Option<int>("--jobs") { Description = "Obligations decided at once, each with its own Z3 context [default: the number of cores]", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = CommonOptions.Format("text", "json", "junit", "sarif");
        var rules = RulesOption.Create();
        var cache = CacheOption.Directory();
        var noCache = CacheOption.Disabled();
        var output = new Option<string?>("--out") { Description = "Write each refutation's counterexample (minimised as the text shows it) to DIR/<policy>.<property>.json (schedule v1, replayable)" };
        var command = new Command("prove", "Prove or refute each property for each policy with Z3 over the engine's own policy code; refutations come with a replayed counterexample")
        {
            policy, all, property, bios, unbounded, solver, timeout, jobs, format, rules, output,
        };
        command.Options.Add(cache);
        command.Options.Add(noCache);
        command.SetAction(parsed =>
        {
            var userRules = RulesOption.Load(parsed, rules);
            var catalog = RulesOption.Catalog(userRules);
            var policies = CommonOptions.Policies(catalog, userRules, parsed.GetValue(policy), parsed.GetValue(all), catalog.Policies);
            var properties = parsed.GetValue(property) is { } text
                ? [PropertyCatalog.Parse(text) ?? throw CliException.Usage($"unknown property \"{text}\" (expected P1..P7)")]
                : PropertyCatalog.All;
            if (parsed.GetValue(unbounded) && parsed.GetValue(bios) is not null) throw CliException.Usage("give either --bios N or --unbounded, not both");
            // A certificate's query that is sat refutes the invariant, not the property: only the in-process prover, which
            // then searches for a replayed counterexample, may judge unbounded P1-P5 and P7 (the CLIs re-check its export).
            if (parsed.GetValue(unbounded) && parsed.GetValue(solver) != "z3" && properties.Any(p => p != PropertyId.P6))
            {
                throw CliException.Usage("--unbounded for P1-P5 and P7 is decided by the in-process z3 (a sat certificate query is no counterexample); use --solver z3, or --property P6");
            }

            var n = parsed.GetValue(unbounded) ? (int?)null : parsed.GetValue(bios) ?? DefaultBios;
            if (n is < 0 or > MaxBios) throw CliException.Usage($"--bios must be between 0 and {MaxBios} (got {n})");
            var limit = TimeoutOption.Value(parsed, timeout);
            var workers = parsed.GetValue(jobs);
            if (workers is < 1 or > 64) throw CliException.Usage($"--jobs must be between 1 and 64 (got {workers})");

            var outDir = CounterexampleFile.Prepared(parsed.GetValue(output));
            var obligations = policies.SelectMany(p => properties.Select(q => new Obligation(p, q, n))).ToList();
            var answers = CacheOption.Value(parsed, cache, noCache);
            var results = Prove(obligations, parsed.GetValue(solver)!, limit, workers, answers);
            CacheOption.Report(answers);
            // Text shows every refutation minimised; --out writes them whatever the format.
            var refutations = parsed.GetValue(format) == "text" || outDir is not null ? ProvedRefutations.Of(results, outDir) : null;
            Console.Write(parsed.GetValue(format) switch
            {
                "json" => ProofReport.Json(results),
                "junit" => ProofReport.JUnit(results),
                "sarif" => ProofReportSarif.Render(results, RepoRoot.Find()),
                _ => ProofReport.Text(results, refutations),
            });
            return (int)ExitOf(results);
        });
        return command;
    }

    /// <summary>Decides the obligations through the one orchestrator <c>check</c> uses too (<see cref="ObligationRunner"/>).</summary>
    private static List<ProofResult> Prove(List<Obligation> obligations, string solverName, TimeSpan timeout, int jobs, ObligationCache? cache) =>
        [.. ConsoleProgress.Run("proving", obligations.Count, progress =>
            ObligationRunner.Run(obligations, jobs, timeout, progress, (prover, o) =>
            {
                var result = solverName == "cvc5" ? External(prover, o, ExternalSolver.Cvc5, timeout, cache) : InProcess(prover, o, cache);
                return solverName == "all" ? Agree(result, External(prover, o, ExternalSolver.Cvc5, timeout, cache)) : result;
            }))];

    /// <summary>The in-process verdict, through the cache when there is one (keyed by the obligation's exported text).</summary>
    private static ProofResult InProcess(Prover prover, Obligation o, ObligationCache? cache)
    {
        if (cache is null) return prover.Prove(o);
        string? Text()
        {
            try
            {
                return prover.SmtLib2(o);
            }
            catch (LogicViolationException)
            {
                return null;
            }
        }

        return CachedSolving.Prove(prover, o, CachedSolving.TextHash(prover, o, cache, Text), Text, cache, new PolicyCatalog([o.Policy])).Result;
    }

    /// <summary>
    /// The obligation's SMT-LIB2 solved by a command-line solver, handed over through a pipe (no file another user
    /// could swap); a sat answer has no decoded model, so nothing is replayed.
    /// </summary>
    private static ProofResult External(Prover prover, Obligation o, ExternalSolver solver, TimeSpan timeout, ObligationCache? cache)
    {
        var name = solver.Version() ?? solver.Name;
        string script;
        try
        {
            script = prover.SmtLib2(o);
        }
        catch (LogicViolationException e)
        {
            return new ProofResult(o, ProofVerdict.Unknown, TimeSpan.Zero, name, "exported SMT-LIB2", null, "the obligation could not be exported", e.Message);
        }

        var (verdict, detail, elapsed, _) = CachedSolving.Solve(solver, script, timeout, cache, new PolicyCatalog([o.Policy]));
        // An unbounded obligation exports a lemma (sufficient, not necessary): its sat refutes the lemma, not the
        // property, so only its unsat is a verdict.
        var lemmaOnly = o.Bios is null && verdict == SolverVerdict.Sat;
        var proofVerdict = lemmaOnly ? ProofVerdict.Unknown
            : verdict switch { SolverVerdict.Unsat => ProofVerdict.Proved, SolverVerdict.Sat => ProofVerdict.Refuted, _ => ProofVerdict.Unknown };
        var reason = lemmaOnly ? "the exported lemma does not hold, which refutes the lemma, not the property"
            : verdict == SolverVerdict.Unknown ? detail : null;
        return new ProofResult(o, proofVerdict, elapsed, name, "exported SMT-LIB2", null, reason);
    }

    /// <summary>Both solvers must give the same verdict; a definite disagreement is an internal error on that obligation.</summary>
    private static ProofResult Agree(ProofResult z3, ProofResult other)
    {
        var solvers = $"{z3.Solver} + {other.Solver}";
        if (z3.Verdict != ProofVerdict.Unknown && other.Verdict != ProofVerdict.Unknown && z3.Verdict != other.Verdict)
        {
            return z3 with
            {
                Verdict = ProofVerdict.Unknown,
                Solver = solvers,
                Reason = "the solvers disagree",
                InternalError = $"solvers disagree on {z3.Obligation.FileStem}: {z3.Solver} says {z3.Verdict.Text()}, {other.Solver} says {other.Verdict.Text()}",
            };
        }

        return other.Verdict == ProofVerdict.Unknown
            ? z3 with { Verdict = ProofVerdict.Unknown, Reason = other.Reason, Solver = solvers, Counterexample = null }
            : z3 with { Solver = solvers, Elapsed = z3.Elapsed + other.Elapsed };
    }

    /// <summary>The CLI contract's exit code for a set of proof results: an internal contradiction, then a verdict not as expected, then an unknown.</summary>
    public static ExitCode ExitOf(IReadOnlyList<ProofResult> results) =>
        results.Any(r => r.InternalError is not null) ? ExitCode.Internal
        : results.Any(r => r.Judgement.Fails()) ? ExitCode.Violated
        : results.Any(r => r.Verdict == ProofVerdict.Unknown) ? ExitCode.Unknown
        : ExitCode.Ok;
}
