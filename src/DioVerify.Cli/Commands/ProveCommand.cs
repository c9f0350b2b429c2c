using System.CommandLine;
using DioVerify.Engine.Properties;
using DioVerify.Reporting;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;

namespace DioVerify.Cli.Commands;

/// <summary><c>dioverify prove</c>: decide (policy, property, bound) obligations with an SMT solver.</summary>
public static class ProveCommand
{
    public const int DefaultBios = 8;

    public static Command Create()
    {
        var policy = CommonOptions.Policy();
        var all = CommonOptions.All("the default");
        var property = new Option<string?>("--property") { Description = "One property, P1..P7 (default: all seven)" };
        var bios = new Option<int?>("--bios") { Description = $"Cover every request mapping to 0..N BIOs [default: {DefaultBios}]" };
        var unbounded = new Option<bool>("--unbounded") { Description = "For every number of BIOs (P6 only, by induction over arrivals)" };
        var solver = new Option<string>("--solver")
        {
            Description = "z3 (in-process), cvc5 (the cvc5 CLI on the exported SMT-LIB2), or all (both must agree)",
            DefaultValueFactory = _ => "z3",
        };
        solver.AcceptOnlyFromAmong("z3", "cvc5", "all");
        var timeout = TimeoutOption.Create("Seconds per obligation before the verdict is unknown");
        var jobs = new Option<int>("--jobs") { Description = "Obligations decided at once, each with its own Z3 context [default: the number of cores]", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = CommonOptions.Format("text", "json", "junit");
        var command = new Command("prove", "Prove or refute each property for each policy with Z3 over the engine's own policy code; refutations come with a replayed counterexample")
        {
            policy, all, property, bios, unbounded, solver, timeout, jobs, format,
        };
        command.SetAction(parsed =>
        {
            var policies = CommonOptions.Policies(parsed.GetValue(policy), parsed.GetValue(all), Engine.Policies.PolicyCatalog.All);
            var properties = parsed.GetValue(property) is { } text
                ? [PropertyCatalog.Parse(text) ?? throw CliException.Usage($"unknown property \"{text}\" (expected P1..P7)")]
                : PropertyCatalog.All;
            if (parsed.GetValue(unbounded) && parsed.GetValue(bios) is not null) throw CliException.Usage("give either --bios N or --unbounded, not both");
            if (parsed.GetValue(unbounded) && properties.Any(p => p != PropertyId.P6))
            {
                throw CliException.Usage("--unbounded is available for P6 only (by induction over arrivals); add --property P6, or give --bios N");
            }

            var n = parsed.GetValue(unbounded) ? (int?)null : parsed.GetValue(bios) ?? DefaultBios;
            if (n is < 0 or > 256) throw CliException.Usage($"--bios must be between 0 and 256 (got {n})");
            var limit = TimeoutOption.Value(parsed, timeout);
            var workers = parsed.GetValue(jobs);
            if (workers is < 1 or > 64) throw CliException.Usage($"--jobs must be between 1 and 64 (got {workers})");

            var obligations = policies.SelectMany(p => properties.Select(q => new Obligation(p, q, n))).ToList();
            var results = Prove(obligations, parsed.GetValue(solver)!, limit, workers);
            Console.Write(parsed.GetValue(format) switch
            {
                "json" => ProofReport.Json(results),
                "junit" => ProofReport.JUnit(results),
                _ => ProofReport.Text(results),
            });
            if (results.Any(ProofReport.Contradicts)) return (int)ExitCode.Violated;
            return (int)(results.Any(r => r.Verdict == ProofVerdict.Unknown) ? ExitCode.Unknown : ExitCode.Ok);
        });
        return command;
    }

    /// <summary>
    /// Decides the obligations on <paramref name="jobs"/> workers, each obligation in its own Z3 context (a
    /// context is single-threaded); results keep the obligations' order.
    /// </summary>
    private static List<ProofResult> Prove(List<Obligation> obligations, string solverName, TimeSpan timeout, int jobs)
    {
        var results = new ProofResult[obligations.Count];
        ConsoleProgress.Run("proving", obligations.Count, progress =>
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
            try
            {
                Parallel.For(0, obligations.Count, options, i =>
                {
                    // A fresh context per obligation: Z3's search depends on what a context has seen, and an
                    // obligation decided in 0.2 s alone was seen to time out after others in a shared one.
                    using var session = Z3Provider.Session();
                    var prover = new Prover(session, timeout, ExploreReport.ProducedBy);
                    var o = obligations[i];
                    var result = solverName == "cvc5" ? External(prover, o, ExternalSolver.Cvc5, timeout) : Guard(() => prover.Prove(o));
                    if (solverName == "all") result = Agree(result, External(prover, o, ExternalSolver.Cvc5, timeout));
                    results[i] = result;
                    progress.Report(1);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The first worker's failure, as the user would have seen it from a sequential run.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            return results;
        });
        return [.. results];
    }

    /// <summary>The obligation's SMT-LIB2 solved by a command-line solver; a sat answer has no decoded model.</summary>
    private static ProofResult External(Prover prover, Obligation o, ExternalSolver solver, TimeSpan timeout)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dioverify-{Environment.ProcessId}-{o.FileStem}.smt2");
        File.WriteAllText(path, prover.SmtLib2(o));
        try
        {
            var (verdict, detail, elapsed) = solver.Solve(path, timeout);
            var proofVerdict = verdict switch { SolverVerdict.Unsat => ProofVerdict.Proved, SolverVerdict.Sat => ProofVerdict.Refuted, _ => ProofVerdict.Unknown };
            return new ProofResult(o, proofVerdict, elapsed, solver.Version() ?? solver.Name, "exported SMT-LIB2", null, verdict == SolverVerdict.Unknown ? detail : null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Both solvers must give the same verdict; a definite disagreement is an internal error.</summary>
    private static ProofResult Agree(ProofResult z3, ProofResult other)
    {
        if (z3.Verdict != ProofVerdict.Unknown && other.Verdict != ProofVerdict.Unknown && z3.Verdict != other.Verdict)
        {
            throw new CliException(ExitCode.Internal, $"solvers disagree on {z3.Obligation.FileStem}: {z3.Solver} says {z3.Verdict}, {other.Solver} says {other.Verdict}");
        }

        return other.Verdict == ProofVerdict.Unknown
            ? z3 with { Verdict = ProofVerdict.Unknown, Reason = other.Reason, Solver = $"{z3.Solver} + {other.Solver}" }
            : z3 with { Solver = $"{z3.Solver} + {other.Solver}", Elapsed = z3.Elapsed + other.Elapsed };
    }

    private static ProofResult Guard(Func<ProofResult> prove)
    {
        try
        {
            return prove();
        }
        catch (ProverDisagreementException e)
        {
            throw new CliException(ExitCode.Internal, e.Message);
        }
    }
}
