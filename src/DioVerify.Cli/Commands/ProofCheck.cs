using System.Text;
using DioVerify.Engine.Properties;
using DioVerify.Reporting;
using DioVerify.Smt.External;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Record;
using DioVerify.Smt.Solving;

namespace DioVerify.Cli.Commands;

/// <summary>
/// The proof half of <c>check</c>: regenerate every obligation's .smt2, fail on drift from proofs/,
/// decide it in-process and with the z3 and cvc5 command-line solvers, require all three to agree,
/// and compare with the ledger and the catalog. <c>--update</c> rewrites proofs/ instead of comparing.
/// </summary>
public sealed class ProofCheck(string directory, int bound, TimeSpan timeout)
{
    private readonly List<string> _problems = [];
    private readonly List<(Obligation Obligation, ProofResult Api, string Cell)> _rows = [];
    private readonly Dictionary<(string Policy, PropertyId Property), IReadOnlyList<SolverAnswer>> _answers = [];
    private bool _unknown;

    public bool Ok => _problems.Count == 0 && !_unknown;

    public bool AnyUnknown => _unknown;

    /// <summary>Each obligation's answers from the three solvers, with their times.</summary>
    public IReadOnlyDictionary<(string Policy, PropertyId Property), IReadOnlyList<SolverAnswer>> Answers => _answers;

    public void Run(bool update)
    {
        var ledger = update ? null : Ledger.Read(directory);
        if (!update && ledger is null)
        {
            throw new CliException(ExitCode.BadInput, $"{Path.Combine(directory, Ledger.FileName)}: no ledger; run 'dioverify check --update' to write proofs/");
        }

        if (ledger is not null && ledger.Bound != bound)
        {
            _problems.Add($"proofs/ holds obligations at bound {ledger.Bound}, check asked for {bound}: run with --proof-bios {ledger.Bound}, or --update");
            return;
        }

        Directory.CreateDirectory(directory);
        var obligations = Engine.Policies.PolicyCatalog.All.SelectMany(p => PropertyCatalog.All.Select(q => new Obligation(p, q, bound))).ToList();
        var entries = new List<LedgerEntry>();
        using var session = Z3Provider.Session();
        var prover = new Prover(session, timeout, ExploreReport.ProducedBy);
        ConsoleProgress.Run("proving and re-solving", obligations.Count, progress =>
        {
            foreach (var o in obligations)
            {
                entries.Add(Check(o, prover, ledger?.Find(o.FileStem + ".smt2"), update));
                progress.Report(1);
            }

            return 0;
        });

        if (update)
        {
            new Ledger(ExploreReport.ProducedBy, bound, entries).Write(directory);
        }

        CheckModels(session, update);
    }

    /// <summary>models/POLICY.smt2: each policy's engine and properties as readable definitions, drift-checked like proofs/.</summary>
    private void CheckModels(Z3Session session, bool update)
    {
        var models = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(directory))!, "models");
        Directory.CreateDirectory(models);
        foreach (var policy in Engine.Policies.PolicyCatalog.All)
        {
            var path = Path.Combine(models, policy.Name + ".smt2");
            var text = ModelExport.Render(session, policy, ExploreReport.ProducedBy);
            if (update) File.WriteAllText(path, text);
            else if (!File.Exists(path)) _problems.Add($"models/{policy.Name}.smt2: missing (run check --update)");
            else if (File.ReadAllText(path) != text) _problems.Add($"models/{policy.Name}.smt2: drift, {FirstDifference(File.ReadAllText(path), text)} (run check --update if intended)");
        }
    }

    private LedgerEntry Check(Obligation o, Prover prover, LedgerEntry? recorded, bool update)
    {
        var file = o.FileStem + ".smt2";
        var path = Path.Combine(directory, file);
        var text = prover.SmtLib2(o);
        if (update)
        {
            File.WriteAllText(path, text);
        }
        else if (!File.Exists(path))
        {
            _problems.Add($"{file}: missing from proofs/ (run check --update)");
        }
        else if (File.ReadAllText(path) != text)
        {
            _problems.Add($"{file}: drift from the committed obligation, {FirstDifference(File.ReadAllText(path), text)} (run check --update if the change is intended)");
        }

        var api = prover.Prove(o);
        var answers = new List<SolverAnswer> { new("z3-api", Answer(api.Verdict), Math.Round(api.Elapsed.TotalSeconds, 3)) };
        var solvable = File.Exists(path) ? path : WriteTemporary(text);
        foreach (var solver in ExternalSolver.All)
        {
            var (verdict, detail, elapsed) = solver.Solve(solvable, timeout);
            answers.Add(new SolverAnswer(solver.Version() ?? solver.Name, verdict switch { SolverVerdict.Sat => "refuted", SolverVerdict.Unsat => "proved", _ => "unknown" }, Math.Round(elapsed.TotalSeconds, 3)));
            if (verdict == SolverVerdict.Unknown) _problems.Add($"{file}: {solver.Name} gave no verdict: {detail}");
        }

        var verdicts = answers.Select(a => a.Verdict).Distinct().ToList();
        _unknown |= verdicts.Contains("unknown");
        if (verdicts.Where(v => v != "unknown").Distinct().Count() > 1)
        {
            throw new CliException(ExitCode.Internal, $"{file}: solvers disagree: {string.Join(", ", answers.Select(a => $"{a.Solver} {a.Verdict}"))}");
        }

        if (!update && recorded is not null && recorded.Expected != Answer(api.Verdict) && api.Verdict != ProofVerdict.Unknown)
        {
            _problems.Add($"{file}: the ledger records {recorded.Expected}, now {Answer(api.Verdict)}");
        }

        if (ProofReport.Contradicts(api) || (api.Verdict == ProofVerdict.Proved && !o.Policy.Expected.Holds(o.Property)))
        {
            _problems.Add($"{file}: {Answer(api.Verdict)}, but the catalog expects {o.Property} to {(o.Policy.Expected.Holds(o.Property) ? "hold" : "fail")}");
        }

        _answers[(o.Policy.Name, o.Property)] = answers;
        var agreeing = answers.Count(a => a.Verdict == Answer(api.Verdict));
        _rows.Add((o, api, $"{Answer(api.Verdict)} {agreeing}/{answers.Count}"));
        return new LedgerEntry(file, o.Policy.Name, o.Property.ToString(), bound, Answer(api.Verdict), answers);
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine($"proofs: every policy × property at up to {bound} BIOs, decided by z3 in-process, the z3 CLI and cvc5 (n/3 = solvers agreeing)");
        text.Append($"  {"policy",-22}");
        foreach (var p in PropertyCatalog.All) text.Append($" {p,-13}");
        text.AppendLine();
        foreach (var group in _rows.GroupBy(r => r.Obligation.Policy))
        {
            text.Append($"  {group.Key.Name,-22}");
            foreach (var row in group) text.Append($" {row.Cell,-13}");
            text.AppendLine();
        }

        text.AppendLine($"{_rows.Count} obligations, {_rows.Sum(r => r.Api.Elapsed.TotalSeconds):F1} s in-process; P6 by induction over arrivals holds for every bound");
        foreach (var problem in _problems) text.AppendLine($"  PROBLEM {problem}");
        return text.ToString();
    }

    /// <summary>
    /// The kill matrix with the three solvers' columns next to exploration and FsCheck (<see cref="Commands.KillMatrix"/>).
    /// A fault some checker misses is a problem: that checker could not fail.
    /// </summary>
    public string KillMatrix(IReadOnlyList<CheckRow> explored, FsCheckColumn fsCheck)
    {
        var matrix = Commands.KillMatrix.Of(explored, fsCheck, _answers);
        _problems.AddRange(matrix.Missed.Select(fault => $"{fault}: a checker missed this planted fault"));
        return matrix.Text;
    }

    private static string Answer(ProofVerdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string WriteTemporary(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dioverify-{Environment.ProcessId}-{Guid.NewGuid():N}.smt2");
        File.WriteAllText(path, text);
        return path;
    }

    private static string FirstDifference(string committed, string regenerated)
    {
        var a = committed.Split('\n');
        var b = regenerated.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        string Show(string[] lines) => line < lines.Length ? lines[line].Length > 100 ? lines[line][..100] + "…" : lines[line] : "(end of file)";
        return $"first at line {line + 1}: committed \"{Show(a)}\", regenerated \"{Show(b)}\"";
    }
}
