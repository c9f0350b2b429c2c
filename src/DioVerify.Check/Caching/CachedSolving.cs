using System.Collections.Concurrent;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Smt.External;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Check.Caching;

/// <summary>
/// Deciding an obligation through the cache, for <c>check</c> and <c>prove</c> alike: a usable entry is the answer,
/// otherwise the solver runs and a definite answer is kept. A cached counterexample is replayed through the concrete
/// engine first, as a fresh one is; one that no longer fails there is a miss.
/// </summary>
public static class CachedSolving
{
    private static readonly ConcurrentDictionary<string, string> Versions = new();

    /// <summary>
    /// The build of the prover's own code (its methods, restarts, decoding), which the obligation text does not show:
    /// the assembly's module id, which a deterministic build changes exactly when its code does. The engine's code (the
    /// policies, the write path) needs no such stamp: the text encodes it, so a changed rule changes only its own texts.
    /// </summary>
    public static string ProverBuild { get; } = typeof(Prover).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// The build of everything that turns a policy into solver text (the engine, the encoding, DioVerify's version and
    /// the libz3 that prints the terms): a text regenerated under the same build and obligation identity is the same text.
    /// </summary>
    public static string TextBuild { get; } = string.Join(" ",
        typeof(Engine.Policies.IPolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        ProverBuild,
        typeof(VersionStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        VersionStamp.ProducedBy);

    /// <summary>
    /// The hash of <paramref name="o"/>'s SMT-LIB2 text: remembered under (build, libz3, obligation identity), so a warm
    /// run need not print 13 MB of terms to know it; otherwise <paramref name="text"/> is asked for it (null: no text).
    /// </summary>
    public static string? TextHash(Prover prover, Obligation o, ObligationCache? cache, Func<string?> text)
    {
        var key = cache is null ? null : $"obligation-text {TextBuild} libz3={Z3NativeLoader.NativeVersion} {o.FileStem} {prover.Identity(o)}";
        if (key is not null && cache!.FindDerived(key) is { } known) return known;
        var hash = text() is { } t ? ObligationCache.TextHash(t) : null;
        if (key is not null && hash is not null) cache!.StoreDerived(key, hash);
        return hash;
    }

    /// <summary>The in-process verdict on <paramref name="o"/>, from the cache when it holds one for exactly the text hashed <paramref name="textHash"/>.</summary>
    /// <param name="textHash">The hash of the obligation's SMT-LIB2 (<see cref="TextHash(Prover, Obligation, ObligationCache?, Func{string?})"/>); without it nothing is cached.</param>
    /// <param name="text">The text itself, asked for only when a fresh proof is kept (its certificate).</param>
    public static (ProofResult Result, bool FromCache) Prove(Prover prover, Obligation o, string? textHash, Func<string?> text, ObligationCache? cache, PolicyCatalog catalog)
    {
        if (cache is null || textHash is null) return (prover.Prove(o), false);
        var key = new CacheKey(textHash, new SolverId("z3-api", Z3NativeLoader.NativeVersion), InProcessOptions(prover.Options));
        if (cache.Find(key, catalog) is { } hit)
        {
            if (Usable(o, hit))
            {
                return (new ProofResult(o, hit.Verdict, TimeSpan.FromSeconds(hit.Seconds), prover.SolverName, hit.Method ?? "", hit.Counterexample, null)
                {
                    MethodName = hit.MethodKind,
                    Identity = hit.Identity,
                    Domain = hit.Domain,
                }, true);
            }

            cache.Reject();
        }

        var result = prover.Prove(o);
        // A refutation is kept only with the schedule that lets a later run replay it; a contradiction never.
        if (result.InternalError is null && (result.Verdict == ProofVerdict.Proved || result.Counterexample is not null))
        {
            cache.Store(key, new CachedAnswer(result.Verdict, Math.Round(result.Elapsed.TotalSeconds, 3), DateTimeOffset.UtcNow, result.Method, result.MethodName, result.Domain, result.Identity, result.Counterexample),
                result.Verdict == ProofVerdict.Proved ? text() : null);
        }

        return (result, false);
    }

    /// <summary>A command-line solver's answer on <paramref name="script"/>, from the cache when it holds one for exactly that text.</summary>
    /// <param name="jobs">Runs of the script's queries solved at once (<see cref="ExternalSolver.SolveScript(string, TimeSpan, int)"/>); the answer does not depend on it.</param>
    public static (SolverVerdict Verdict, string Detail, TimeSpan Elapsed, bool FromCache) Solve(ExternalSolver solver, string script, TimeSpan timeout, ObligationCache? cache, PolicyCatalog catalog, int jobs = 1)
    {
        if (cache is null) return With(solver.SolveScript(script, timeout, jobs), false);
        var version = Versions.GetOrAdd(solver.Executable, _ => solver.Version() ?? "");
        // Not installed: nothing to key on, and nothing it could have said.
        if (version.Length == 0) return With(solver.SolveScript(script, timeout, jobs), false);
        var key = new CacheKey(ObligationCache.TextHash(script), new SolverId(solver.Name, version), $"args={string.Join(' ', solver.Arguments)} restarts={string.Join('|', (solver.Restarts ?? []).Select(r => string.Join(' ', r)))} timeout={timeout.TotalSeconds}");
        if (cache.Find(key, catalog) is { } hit)
        {
            return (hit.Verdict == ProofVerdict.Proved ? SolverVerdict.Unsat : SolverVerdict.Sat, "from the cache", TimeSpan.FromSeconds(hit.Seconds), true);
        }

        var answer = solver.SolveScript(script, timeout, jobs);
        var verdict = answer.Verdict switch { SolverVerdict.Unsat => ProofVerdict.Proved, SolverVerdict.Sat => ProofVerdict.Refuted, _ => ProofVerdict.Unknown };
        cache.Store(key, new CachedAnswer(verdict, Math.Round(answer.Elapsed.TotalSeconds, 3), DateTimeOffset.UtcNow, null, null, null, null, null), script);
        return With(answer, false);
    }

    /// <summary>The in-process prover's options and build, as the key's options line.</summary>
    public static string InProcessOptions(ProverOptions options) =>
        $"prover={ProverBuild} {VersionStamp.ProducedBy} case={options.CaseTimeout.TotalSeconds} lemma={options.LemmaBudget.TotalSeconds} " +
        $"small={options.SmallNumbersBudget.TotalSeconds} restarts={options.Restarts}x{options.FirstRestartBudget.TotalSeconds} domain={options.Geometries.Describe()} unbounded={options.RequestedUnbounded.Describe()} cases={string.Join(",", options.RequestedUnbounded.Geometries.Select(g => g.Name))}";

    /// <summary>A proved entry as it is; a refuted one only with a counterexample that still fails on the concrete engine.</summary>
    private static bool Usable(Obligation o, CachedAnswer hit)
    {
        if (hit.Verdict == ProofVerdict.Proved) return true;
        if (hit.Counterexample is null) return false;
        try
        {
            Replay.Confirm("cached", o.Policy, o.Property, hit.Counterexample);
            return true;
        }
        catch (CounterexampleDoesNotReplayException)
        {
            return false;
        }
    }

    private static (SolverVerdict, string, TimeSpan, bool) With((SolverVerdict Verdict, string Detail, TimeSpan Elapsed) answer, bool fromCache) =>
        (answer.Verdict, answer.Detail, answer.Elapsed, fromCache);
}
