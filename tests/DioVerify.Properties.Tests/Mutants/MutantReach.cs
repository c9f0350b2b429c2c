using DioVerify.Check;
using DioVerify.Check.Proving;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Generators;
using DioVerify.Smt.Proving.Methods;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// Runs every mutant through each of check's checkers exactly as <c>dioverify check</c> configures them by default:
/// exhaustive exploration at 0..<see cref="CheckOptions.DefaultMaxBios"/> BIOs, FsCheck with
/// <see cref="CheckOptions.DefaultFsCheckTests"/> cases from seed <see cref="CheckOptions.FsCheckSeed"/>, and the
/// prover at bound <see cref="CheckOptions.DefaultProofBios"/> through <see cref="ObligationRunner"/>. Every
/// refutation is replayed through the engine before it counts, as check does. Measured once per test run.
/// </summary>
public sealed class MutantReach
{
    private static readonly CheckOptions Defaults = new([], "", "");

    private MutantReach(IReadOnlyDictionary<string, (CheckerVerdict Explore, CheckerVerdict FsCheck, CheckerVerdict Prover, CheckerVerdict Unbounded)> verdicts) =>
        Verdicts = verdicts;

    public static Lazy<MutantReach> Measured { get; } = new(Measure);

    public IReadOnlyDictionary<string, (CheckerVerdict Explore, CheckerVerdict FsCheck, CheckerVerdict Prover, CheckerVerdict Unbounded)> Verdicts { get; }

    public Reach Of(IMutant mutant)
    {
        var (explore, fscheck, prover, unbounded) = Verdicts[mutant.Name];
        return new Reach(explore.Caught, fscheck.Caught, prover.Caught, unbounded.Caught);
    }

    /// <summary>
    /// The reach table as Markdown, the form the README carries. The prover is asked only the properties a faulty
    /// mutant breaks (its payload breaks all three wherever it fires) and every property of a correct one.
    /// </summary>
    public string Table()
    {
        var lines = new List<string>
        {
            $"| mutant | why it exists | explore (exhaustive, 0..{CheckOptions.DefaultMaxBios} BIOs) | FsCheck ({CheckOptions.DefaultFsCheckTests} cases, seed {CheckOptions.FsCheckSeed}) | prover (bound {CheckOptions.DefaultProofBios}) | unbounded prover (search to {FileOrderUnrolling.SearchBios} BIOs) | check as a whole |",
            "|---|---|---|---|---|---|---|",
        };
        foreach (var mutant in MutantCatalog.All)
        {
            var (explore, fscheck, prover, unbounded) = Verdicts[mutant.Name];
            var whole = Of(mutant).Any ? "**refuted**" : mutant.Expected.IsCorrectPolicy ? "not refuted (correct)" : "**NOT refuted**";
            var correct = mutant.Expected.IsCorrectPolicy;
            lines.Add($"| `{mutant.Name}` | {mutant.Why} | {explore.Text(correct)} | {fscheck.Text(correct)} | {prover.Text(correct)} | {unbounded.Text(correct)} | {whole} |");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static MutantReach Measure()
    {
        // The four checkers are independent: run side by side, the suite waits for the slowest (the unbounded
        // prover's deep refutations) rather than for all four one after another.
        var proofs = Task.Run(() => Prove(CheckOptions.DefaultProofBios));
        var unbounded = Task.Run(() => Prove(null));
        var searched = Task.Run(() => MutantCatalog.All.ToDictionary(m => m.Name, m => (Explore: Explore(m), FsCheck: FsCheck(m))));
        Task.WaitAll(proofs, unbounded, searched);
        return new MutantReach(MutantCatalog.All.ToDictionary(
            m => m.Name,
            m => (searched.Result[m.Name].Explore, searched.Result[m.Name].FsCheck, proofs.Result[m.Name], unbounded.Result[m.Name])));
    }

    private static CheckerVerdict Explore(IMutant mutant)
    {
        var refuted = new SortedSet<PropertyId>();
        for (var bios = 0; bios <= CheckOptions.DefaultMaxBios; bios++)
        {
            var result = Explorer.Exhaustive(mutant, bios);
            foreach (var tally in result.Tallies.Where(t => t.Violations > 0))
            {
                Replay.Confirm("exploration", mutant, tally.Property, result.Counterexample(tally.Property, "mutation-suite")!);
                refuted.Add(tally.Property);
            }
        }

        return new CheckerVerdict([.. refuted], []);
    }

    private static CheckerVerdict FsCheck(IMutant mutant)
    {
        var refuted = PropertyCatalog.All.AsParallel().AsOrdered().Where(property =>
        {
            var result = ViolationSearch.Check(mutant, property, CheckOptions.DefaultFsCheckTests, CheckOptions.FsCheckSeed);
            if (result.Crash is { } crash) throw new InvalidOperationException($"{mutant.Name}: FsCheck's judge of {property} threw", crash);
            if (result.Shrunk is null) return false;
            Replay.Confirm("FsCheck", mutant, property, result.Shrunk);
            return true;
        }).ToList();
        return new CheckerVerdict(refuted, []);
    }

    /// <summary>The prover at <paramref name="bios"/> (null: for every number of BIOs, as <c>prove --unbounded</c>).</summary>
    private static Dictionary<string, CheckerVerdict> Prove(int? bios)
    {
        var obligations = MutantCatalog.All
            .SelectMany(m => (m.Expected.IsCorrectPolicy ? PropertyCatalog.All : [.. m.Expected.Violated]).Select(p => new Obligation(m, p, bios)))
            .ToList();
        var results = ObligationRunner.Run(obligations, Defaults.Jobs, Defaults.Timeout, new Progress<long>(), (prover, o) => prover.Prove(o));
        return MutantCatalog.All.ToDictionary(m => m.Name, m =>
        {
            var mine = results.Where(r => r.Obligation.Policy == m).ToList();
            var internalErrors = mine.Where(r => r.InternalError is not null).ToList();
            if (internalErrors.Count > 0) throw new InvalidOperationException($"{m.Name}: {internalErrors[0].InternalError}");
            return new CheckerVerdict(
                [.. mine.Where(r => r.Verdict == ProofVerdict.Refuted).Select(r => r.Obligation.Property)],
                [.. mine.Where(r => r.Verdict == ProofVerdict.Unknown).Select(r => (r.Obligation.Property, r.Reason ?? "no reason given"))]);
        });
    }
}
