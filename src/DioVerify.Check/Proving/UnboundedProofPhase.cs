using DioVerify.Check.Caching;
using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Linux;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Proving.Methods;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;

namespace DioVerify.Check.Proving;

/// <summary>
/// The unbounded half of <c>check</c>'s proofs: every (policy, property) for every number of BIOs on the wide geometry
/// domain. A proved obligation's certificate is regenerated, compared with its committed file in proofs/unbounded/
/// (drift fails), and re-decided by the z3 and cvc5 command-line solvers on the committed text; it stays proved only when
/// every query is unsat for all of them, and so does every certificate it rests on (the policy's P6 order lemma, the
/// domain's shared invariant file). A refuted one carries the smallest counterexample exhaustive exploration found.
/// </summary>
public static class UnboundedProofPhase
{
    /// <summary>The certificates' folder under proofs/.</summary>
    public const string Folder = "unbounded";

    /// <summary>
    /// The z3 CLI for certificates: a query it leaves unanswered for 5 s restarts it under the other arithmetic solver,
    /// then other random seeds (<see cref="ExternalSolver.Z3ForCertificates"/>, where the measurements are).
    /// </summary>
    public static ExternalSolver ForCertificates(ExternalSolver solver) =>
        solver.Name == "z3" && solver.Restarts is null ? solver with { Restarts = ExternalSolver.Z3ForCertificates.Restarts } : solver;

    public static (ProofTable Table, List<LedgerEntry> Entries) Run(
        CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems, Ledger? ledger, ExplorationTable exploration)
    {
        var directory = Path.Combine(options.ProofsDirectory, Folder);
        Directory.CreateDirectory(directory);
        var solvers = options.CrossCheckers.Select(s => (Solver: ForCertificates(s), Id: ProofPhase.ColumnOf(s))).ToList();
        var columns = new[] { ProofPhase.InProcess }.Concat(solvers.Select(s => s.Id)).ToList();
        var obligations = options.Policies.SelectMany(p => PropertyCatalog.All.Select(q => new Obligation(p, q, null))).Where(o => plan.Proves(o.Policy, o.Property)).ToList();
        var catalog = new PolicyCatalog(options.Policies);
        var decided = progress.Run("proving for every number of BIOs, re-checking certificates", obligations.Count, report =>
            ObligationRunner.Run(obligations, options.Jobs, options.Timeout, report, (prover, o) => Decide(prover, o, ledger, options, solvers, catalog, exploration)));
        foreach (var d in decided) problems.AddRange(d.Problems);
        var rows = decided.Select(d => d.Row).ToList();
        var entries = decided.Select(d => d.Entry).ToList();

        // What the per-run certificates rest on besides their own queries: the domain's invariant file, once per domain.
        var domains = decided.Where(d => d.Row.Result.Verdict == ProofVerdict.Proved && d.Row.Obligation.Property != PropertyId.P6).Select(d => d.Domain).Distinct().ToList();
        // Re-checked once per domain after the obligations, when the cores are free: each solver's run of the file's
        // queries is cut into --jobs runs solved at once (the wide-per-sector file alone has 144 queries).
        var confirmedShared = new Dictionary<GeometryDomain, bool>();
        progress.Run("re-checking the shared invariant certificates", domains.Count, report =>
        {
            using var session = new Z3Session();
            var prover = new Prover(session, options.Timeout, VersionStamp.ProducedBy);
            foreach (var domain in domains)
            {
                var file = Prover.InvariantFileName(domain);
                var (answers, found) = Recheck(file, () => prover.InvariantCertificate(domain), true, options, solvers, catalog, jobs: options.Jobs);
                problems.AddRange(found);
                confirmedShared[domain] = found.Count == 0;
                entries.Add(new LedgerEntry($"{Folder}/{file}", "(every policy)", "invariant", null, found.Count == 0 ? "proved" : "unknown", answers));
                report.Report(1);
            }

            return confirmedShared;
        });

        // A per-run proof by file order stands for every order only through its policy's P6 order lemma.
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var o = row.Obligation;
            if (row.Result.Verdict != ProofVerdict.Proved || o.Property == PropertyId.P6) continue;
            string? missing = confirmedShared.GetValueOrDefault(decided[i].Domain) ? null : $"its shared certificate {Prover.InvariantFileName(decided[i].Domain)} was not confirmed by every solver";
            if (missing is null && decided[i].RestsOnOrderLemma)
            {
                var p6 = rows.FirstOrDefault(r => r.Obligation.Policy == o.Policy && r.Obligation.Property == PropertyId.P6);
                var p6Confirmed = p6 is not null ? p6.Result.Verdict == ProofVerdict.Proved : ledger?.Find($"{Folder}/{o.Policy.Name}.P6.smt2")?.Expected == "proved" || options.Update;
                if (!p6Confirmed) missing = $"the certificate of {o.Policy.Name} P6 (its order lemma) is not proved and confirmed";
            }

            if (missing is not null) rows[i] = row with { Result = row.Result with { Verdict = ProofVerdict.Unknown, Reason = $"not proved: {missing}" } };
        }

        if (options.Update) RemoveStale(directory, options, decided.Select(d => d.Row).ToList(), domains);
        return (new ProofTable(0, Domain, columns, rows), entries);
    }

    /// <summary>What the unbounded obligations cover, in words; a policy narrowed to another domain says so on its own rows.</summary>
    public static string Domain =>
        $"every number of BIOs, any offset, length, file size and free-block count, every outcome and arrival order, on {GeometryDomain.WideText} " +
        "(a policy whose rule divides by S or M is split per (S, B) or proved on the ten-geometry family, and its rows say which)";

    private sealed record Decided(ProofRow Row, List<CheckProblem> Problems, LedgerEntry Entry, GeometryDomain Domain, bool RestsOnOrderLemma);

    private static Decided Decide(
        Prover prover, Obligation o, Ledger? ledger, CheckOptions options, IReadOnlyList<(ExternalSolver Solver, string Id)> solvers, PolicyCatalog catalog, ExplorationTable exploration)
    {
        var file = $"{o.Policy.Name}.{o.Property}.smt2";
        var problems = new List<CheckProblem>();
        var fromCache = new List<string>();
        var exported = false;
        string? regenerated = null;
        string? Text()
        {
            if (exported) return regenerated;
            exported = true;
            try
            {
                regenerated = prover.Certificate(o);
            }
            catch (LogicViolationException e)
            {
                problems.Add(new CheckProblem(ProblemKind.Internal, $"{Folder}/{file}", e.Message));
            }

            return regenerated;
        }

        var cache = options.Update ? null : options.Cache;
        var textHash = CachedSolving.TextHash(prover, o, cache, Text);
        var (api, apiCached) = CachedSolving.Prove(prover, o, textHash, Text, cache, catalog);
        if (apiCached) fromCache.Add(ProofPhase.InProcess);
        var domain = prover.UnboundedGeometries(o.Policy);
        var answers = new List<SolverAnswer> { new(ProofPhase.InProcess, api.Verdict.Text(), Math.Round(api.Elapsed.TotalSeconds, 3)) };

        if (api.Verdict == ProofVerdict.Proved)
        {
            var (cli, found) = Recheck(file, Text, options.IsRecorded(o.Policy), options, solvers, catalog, textHash, fromCache);
            answers.AddRange(cli);
            problems.AddRange(found);
            if (found.Count > 0) api = api with { Verdict = ProofVerdict.Unknown, Reason = $"the certificate was not confirmed: {string.Join("; ", found.Select(p => p.Message))}" };
        }
        else if (options.IsRecorded(o.Policy) && !options.Update && File.Exists(Path.Combine(options.ProofsDirectory, Folder, file)))
        {
            // A timeout is no answer, not a change of verdict: unknown (exit 2), as everywhere else; a refutation is a change.
            problems.Add(api.Verdict == ProofVerdict.Unknown
                ? new CheckProblem(ProblemKind.Unknown, $"{Folder}/{file}", $"a certificate is committed, but the in-process prover gave no verdict this time: {api.Reason}")
                : new CheckProblem(ProblemKind.Mismatch, $"{Folder}/{file}", $"a certificate is committed, but the obligation is now {api.Verdict.Text()}"));
        }

        // The counterexample shown: the smallest exhaustive exploration found (fewest BIOs, then failures, then length,
        // the order `counterexample` uses), already replayed there; else the solver's model, replayed by the prover.
        if (api.Verdict == ProofVerdict.Refuted
            && exploration.Rows.SingleOrDefault(r => r.Policy.Name == o.Policy.Name)?.Cells.GetValueOrDefault(o.Property)?.Counterexample is { } smallest)
        {
            api = api with { Counterexample = smallest with { Policy = o.Policy.Name, Property = o.Property }, Method = $"{api.Method}; counterexample: the smallest of exhaustive exploration" };
        }

        var rel = $"{Folder}/{file}";
        if (ledger?.Find(rel) is { } recorded && api.Verdict != ProofVerdict.Unknown && recorded.Expected != api.Verdict.Text())
        {
            problems.Add(new CheckProblem(ProblemKind.Mismatch, rel, $"the ledger records {recorded.Expected}, now {api.Verdict.Text()}"));
        }

        var restsOnOrderLemma = api.Method.StartsWith(InductionOverFileOrder.Description, StringComparison.Ordinal);
        return new Decided(new ProofRow(api, answers) { FromCache = fromCache }, problems, new LedgerEntry(rel, o.Policy.Name, o.Property.ToString(), null, api.Verdict.Text(), answers, api.Identity), domain, restsOnOrderLemma);
    }

    /// <summary>
    /// A certificate's file: written in update mode, else compared with the regenerated text (drift, missing); then the
    /// command-line solvers re-decide the committed text. Every answer must be unsat: anything else is a problem.
    /// </summary>
    private static (List<SolverAnswer> Answers, List<CheckProblem> Problems) Recheck(
        string file, Func<string?> text, bool recorded, CheckOptions options, IReadOnlyList<(ExternalSolver Solver, string Id)> solvers, PolicyCatalog catalog,
        string? textHash = null, List<string>? fromCache = null, int jobs = 1)
    {
        var rel = $"{Folder}/{file}";
        var path = Path.Combine(options.ProofsDirectory, Folder, file);
        var problems = new List<CheckProblem>();
        var committed = recorded && !options.Update && File.Exists(path) ? File.ReadAllText(path) : null;
        if (recorded)
        {
            if (options.Update && text() is { } fresh) OutputFile.Write(path, fresh);
            else if (committed is null) problems.Add(new CheckProblem(ProblemKind.Mismatch, rel, "missing from proofs/"));
            else if ((textHash ?? (text() is { } t ? ObligationCache.TextHash(t) : null)) is { } hash && ObligationCache.TextHash(committed) != hash && text() is { } drifted)
            {
                problems.Add(new CheckProblem(ProblemKind.Mismatch, rel, $"drift from the committed certificate, {Drift.FirstDifference(committed, drifted)}"));
            }
        }

        var script = options.Update ? text() : committed ?? text();
        var answers = new List<SolverAnswer>();
        foreach (var (solver, id) in solvers)
        {
            var (verdict, detail, elapsed, cached) = script is null
                ? (SolverVerdict.Unknown, "no certificate text to solve", TimeSpan.Zero, false)
                : CachedSolving.Solve(solver, script, options.Timeout, options.Update ? null : options.Cache, catalog, jobs);
            if (cached) fromCache?.Add(id);

            // Only unsat confirms: a sat refutes the certificate (not the property), and is a contradiction with the
            // in-process prover that found the same queries unsat.
            answers.Add(new SolverAnswer(id, verdict == SolverVerdict.Unsat ? "proved" : "unknown", Math.Round(elapsed.TotalSeconds, 3)));
            if (verdict == SolverVerdict.Sat) problems.Add(new CheckProblem(ProblemKind.Internal, rel, $"{id} finds the certificate does not hold ({detail}), where the in-process prover found every query unsat"));
            else if (verdict != SolverVerdict.Unsat) problems.Add(new CheckProblem(ProblemKind.Unknown, rel, $"{id} gave no verdict on the certificate: {detail}"));
        }

        return (answers, problems);
    }

    /// <summary>In update mode: certificates of obligations no longer proved, and invariant files of domains no longer used, go.</summary>
    private static void RemoveStale(string directory, CheckOptions options, IReadOnlyList<ProofRow> rows, IReadOnlyList<GeometryDomain> domains)
    {
        var keep = rows.Where(r => r.Result.Verdict == ProofVerdict.Proved && options.IsRecorded(r.Obligation.Policy)).Select(r => $"{r.Obligation.Policy.Name}.{r.Obligation.Property}.smt2")
            .Concat(domains.Select(Prover.InvariantFileName)).ToHashSet();
        foreach (var stale in Directory.EnumerateFiles(directory, "*.smt2").Where(f => !keep.Contains(Path.GetFileName(f)))) File.Delete(stale);
    }
}
