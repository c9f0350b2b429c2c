using DioVerify.Check.Caching;
using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Linux;
using DioVerify.Engine.Properties;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;

namespace DioVerify.Check.Proving;

/// <summary>
/// The proof half of <c>check</c>: regenerate every obligation's .smt2, report drift from proofs/, decide it
/// in-process and with the z3 and cvc5 command-line solvers on the committed text, require them to agree, and
/// compare with the ledger. In update mode proofs/ and models/ are rewritten instead of compared.
/// </summary>
public static class ProofPhase
{
    public const string InProcess = "z3-api";

    /// <summary>The bounded obligations alone (no unbounded proofs, no exploration to take counterexamples from).</summary>
    public static ProofTable Run(CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems) =>
        Run(options with { Unbounded = false }, plan, progress, problems, new ExplorationTable(0, 0, TimeSpan.Zero, [])).Bounded;

    /// <returns>The bounded obligations' table, and the unbounded ones' when <see cref="CheckOptions.Unbounded"/> asks for them.</returns>
    public static (ProofTable Bounded, ProofTable? Unbounded) Run(CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems, ExplorationTable exploration)
    {
        var directory = options.ProofsDirectory;
        var ledger = options.Update ? null : Ledger.Read(directory) ?? throw new LedgerMissingException(Path.Combine(directory, Ledger.FileName));
        var solvers = options.CrossCheckers.Select(s => (Solver: s, Id: ColumnOf(s))).ToList();
        var columns = new[] { InProcess }.Concat(solvers.Select(s => s.Id)).ToList();
        if (ledger is not null && ledger.Bound != options.ProofBios)
        {
            problems.Add(new CheckProblem(ProblemKind.Mismatch, "proofs/", $"holds obligations at bound {ledger.Bound}, check asked for {options.ProofBios}"));
            return (new ProofTable(options.ProofBios, Domain(options.ProofBios), columns, []), null);
        }

        Directory.CreateDirectory(directory);
        var obligations = options.Policies.SelectMany(p => PropertyCatalog.All.Select(q => new Obligation(p, q, options.ProofBios))).Where(o => plan.Proves(o.Policy, o.Property)).ToList();
        var catalog = new PolicyCatalog(options.Policies);
        var decided = progress.Run("proving and re-solving", obligations.Count, report =>
            ObligationRunner.Run(obligations, options.Jobs, options.Timeout, report, (prover, o) =>
                Decide(prover, o, ledger?.Find(o.FileStem + ".smt2"), options, solvers, catalog)));
        foreach (var (_, found, _) in decided) problems.AddRange(found);
        var rows = decided.Select(d => d.Row).ToList();
        var unbounded = options.Unbounded ? UnboundedProofPhase.Run(options, plan, progress, problems, ledger, exploration) : ((ProofTable, List<LedgerEntry>)?)null;

        if (options.Update)
        {
            var recorded = decided.Where((_, i) => options.IsRecorded(obligations[i].Policy)).Select(d => d.Entry)
                .Concat(unbounded?.Item2.Where(e => !options.Unrecorded.Any(p => p.Name == e.Policy)) ?? []);
            OutputFile.Write(Path.Combine(directory, Ledger.FileName), new Ledger(VersionStamp.ProducedBy, options.ProofBios, [.. recorded]).ToJson());
        }

        problems.AddRange(ModelDrift.Check(options, plan));
        return (new ProofTable(options.ProofBios, Domain(options.ProofBios), columns, rows), unbounded?.Item1);
    }

    private static (ProofRow Row, List<CheckProblem> Problems, LedgerEntry Entry) Decide(
        Prover prover, Obligation o, LedgerEntry? recorded, CheckOptions options, IReadOnlyList<(ExternalSolver Solver, string Id)> solvers, PolicyCatalog catalog)
    {
        var fromCache = new List<string>();
        var problems = new List<CheckProblem>();
        var file = o.FileStem + ".smt2";
        var path = Path.Combine(options.ProofsDirectory, file);
        var exported = false;
        string? regenerated = null;
        // The text is printed only when it is needed: a warm cache knows its hash (printing all of proofs/ takes longer
        // than everything else a warm check does), and drift, a fresh proof or a missing file ask for the text itself.
        string? Text()
        {
            if (exported) return regenerated;
            exported = true;
            try
            {
                regenerated = prover.SmtLib2(o);
            }
            catch (LogicViolationException e)
            {
                // The encoding left the logic the file declares: a DioVerify bug in this obligation, not a verdict.
                problems.Add(new CheckProblem(ProblemKind.Internal, file, e.Message));
            }

            return regenerated;
        }

        // In update mode the record is being rewritten: every answer in it is fresh, none from the cache.
        var cache = options.Update ? null : options.Cache;
        var textHash = CachedSolving.TextHash(prover, o, cache, Text);

        // A user's rule has no committed obligation: it is generated and solved here, with no drift to check.
        var isRecorded = options.IsRecorded(o.Policy);
        var committed = isRecorded && File.Exists(path) ? File.ReadAllText(path) : null;
        if (isRecorded)
        {
            if (options.Update && Text() is { } text) OutputFile.Write(path, text);
            else if (committed is null) problems.Add(new CheckProblem(ProblemKind.Mismatch, file, "missing from proofs/"));
            else if (textHash is not null && ObligationCache.TextHash(committed) != textHash && Text() is { } drifted)
            {
                problems.Add(new CheckProblem(ProblemKind.Mismatch, file, $"drift from the committed obligation, {Drift.FirstDifference(committed, drifted)}"));
            }
        }

        var (api, apiCached) = CachedSolving.Prove(prover, o, textHash, Text, cache, catalog);
        if (apiCached) fromCache.Add(InProcess);
        var answers = new List<SolverAnswer> { new(InProcess, api.Verdict.Text(), Math.Round(api.Elapsed.TotalSeconds, 3)) };

        // The command-line solvers re-decide the committed text (read once, sent through a pipe), or the regenerated
        // one when there is none yet: what they answer is about exactly the file a reviewer reads.
        var script = options.Update ? Text() : committed ?? Text();
        foreach (var (solver, id) in solvers)
        {
            var (verdict, detail, elapsed, cached) = script is null
                ? (SolverVerdict.Unknown, "no obligation text to solve", TimeSpan.Zero, false)
                : CachedSolving.Solve(solver, script, options.Timeout, cache, catalog);
            if (cached) fromCache.Add(id);
            var answer = verdict switch { SolverVerdict.Sat => ProofVerdict.Refuted, SolverVerdict.Unsat => ProofVerdict.Proved, _ => ProofVerdict.Unknown };
            answers.Add(new SolverAnswer(id, answer.Text(), Math.Round(elapsed.TotalSeconds, 3)));
            if (answer == ProofVerdict.Unknown) problems.Add(new CheckProblem(ProblemKind.Unknown, file, $"{id} gave no verdict: {detail}"));
        }

        var definite = answers.Where(a => a.Verdict != "unknown").Select(a => a.Verdict).Distinct().ToList();
        if (definite.Count > 1)
        {
            problems.Add(new CheckProblem(ProblemKind.Internal, file, $"solvers disagree: {string.Join(", ", answers.Select(a => $"{a.Solver} {a.Verdict}"))}"));
        }

        if (recorded is not null && api.Verdict != ProofVerdict.Unknown && recorded.Expected != api.Verdict.Text())
        {
            problems.Add(new CheckProblem(ProblemKind.Mismatch, file, $"the ledger records {recorded.Expected}, now {api.Verdict.Text()}"));
        }

        var entry = new LedgerEntry(file, o.Policy.Name, o.Property.ToString(), options.ProofBios, api.Verdict.Text(), answers, api.Identity);
        return (new ProofRow(api, answers) { FromCache = fromCache }, problems, entry);
    }

    /// <summary>What the obligations range over, in words: the bound and the geometry family, nothing wider.</summary>
    public static string Domain(int bound) =>
        $"requests mapping to 0..{bound} BIOs (P6 where proved by induction: every number of BIOs), any offset, length, file size and free-block count, " +
        $"every outcome and arrival order, on {GeometryDomain.Family.Describe()}";

    /// <summary>The kill matrix's column name for a command-line solver (the names <c>--solvers</c> takes).</summary>
    public static string ColumnOf(ExternalSolver solver) => solver.Name == "z3" ? "z3-cli" : solver.Name;
}
