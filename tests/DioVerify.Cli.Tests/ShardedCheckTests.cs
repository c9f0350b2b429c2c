using System.Text;
using System.Xml.Linq;
using DioVerify.Check;
using DioVerify.Check.Caching;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Input;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;
using DioVerify.Reporting;
using DioVerify.Verdicts.Check;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// Issue 18 on a small configuration (two policies, exploration to 2 BIOs, 300 FsCheck cases, obligations at 1 BIO with
/// all three solvers): the shards of a check, written as JSON, read back and merged, are the unsharded check; the cache
/// answers an unchanged run entirely and a changed rule only for its own obligations; a corrupt entry is a miss.
/// </summary>
public sealed class ShardedCheckTests : IClassFixture<ShardedCheckTests.Record>
{
    private readonly Record _record;

    public ShardedCheckTests(Record record) => _record = record;

    [Fact]
    public void Shards_merged_from_their_json_reports_equal_the_unsharded_check()
    {
        var whole = _record.Whole;
        var shards = _record.Shards.Select((report, i) =>
        {
            var file = $"shard-{i + 1}.json";
            return (file, CheckReportReader.Parse(Encoding.UTF8.GetBytes(CheckReportJson.Render(report)), file, _record.Catalog));
        }).ToList();

        // Each shard did part of the work, and together all of it.
        Assert.All(shards, s => Assert.True(s.Item2.Exploration.Rows.Count + s.Item2.FsCheck.Cells.Count + s.Item2.Proofs!.Rows.Count > 0));
        Assert.True(shards.All(s => s.Item2.Proofs!.Rows.Count < whole.Proofs!.Rows.Count), "one shard decided every obligation");
        var merged = CheckReportMerge.Merge(shards, _record.Catalog);

        Assert.Equal(Verdicts(whole), Verdicts(merged));
        Assert.Equal(whole.Outcome, merged.Outcome);
        Assert.Equal(CheckCommand(whole), CheckCommand(merged));
        Assert.Equal(CheckReportText.KillMatrix(whole.KillMatrix), CheckReportText.KillMatrix(merged.KillMatrix));
        Assert.Equal(whole.Problems.Select(p => p.ToString()).Order(), merged.Problems.Select(p => p.ToString()).Order());
        Assert.Contains(whole.KillMatrix.Rows, r => r.Entries.Count == 5);
    }

    [Fact]
    public void A_shard_that_drifted_from_proofs_makes_the_merged_report_fail_as_the_whole_check_does()
    {
        var file = Directory.GetFiles(_record.Options.ProofsDirectory, "contiguous-prefix.P2.*.smt2").Single();
        // One cache for the three runs: the shards reuse the whole check's answers, while the drift is found by
        // comparing the committed text with the regenerated one, which every run does whatever the cache holds.
        var fork = _record.Fork();
        var drifted = fork with { Cache = new ObligationCache(Path.Combine(Path.GetDirectoryName(fork.ProofsDirectory)!, "cache")) };
        try
        {
            File.AppendAllText(Path.Combine(drifted.ProofsDirectory, Path.GetFileName(file)), "; edited by hand\n");

            var whole = CheckRun.Run(drifted, SilentProgress.Instance);
            var merged = CheckReportMerge.Merge([.. Enumerable.Range(1, 2).Select(i => ($"shard-{i}.json", CheckRun.Run(drifted with { Shard = new Shard(i, 2) }, SilentProgress.Instance)))], _record.Catalog);

            Assert.Equal(CheckOutcome.NotAsExpected, whole.Outcome);
            Assert.Equal(whole.Outcome, merged.Outcome);
            Assert.Single(whole.Problems, p => p.Subject == Path.GetFileName(file) && p.Message.Contains("drift"));
            Assert.Single(merged.Problems, p => p.Subject == Path.GetFileName(file) && p.Message.Contains("drift"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(drifted.ProofsDirectory)!, recursive: true);
        }
    }

    [Fact]
    public void Merge_refuses_a_missing_a_repeated_or_a_foreign_shard_naming_the_file()
    {
        var one = CheckRun.Run(_record.Options with { Shard = new Shard(1, 2), Proofs = false }, SilentProgress.Instance);
        var two = CheckRun.Run(_record.Options with { Shard = new Shard(2, 2), Proofs = false }, SilentProgress.Instance);
        var ofThree = CheckRun.Run(_record.Options with { Shard = new Shard(2, 3), Proofs = false }, SilentProgress.Instance);
        var otherOptions = CheckRun.Run(_record.Options with { Shard = new Shard(2, 2), Proofs = false, FsCheckTests = 50 }, SilentProgress.Instance);
        var otherCommit = two with { Origin = two.Origin! with { Commit = "0123456789012345678901234567890123456789" } };
        var unsharded = one with { Shard = null };

        string Refusal(params (string, CheckReport)[] shards) => Assert.Throws<BadInputException>(() => CheckReportMerge.Merge(shards, _record.Catalog)).Message;

        Assert.Contains("missing shard(s) 2/2", Refusal(("a.json", one)));
        Assert.StartsWith("b.json", Refusal(("a.json", one), ("b.json", one)));
        Assert.Contains("again", Refusal(("a.json", one), ("b.json", one)));
        Assert.Contains("one of 3", Refusal(("a.json", one), ("c.json", ofThree)));
        Assert.Contains("other options", Refusal(("a.json", one), ("d.json", otherOptions)));
        Assert.Contains("commit", Refusal(("a.json", one), ("e.json", otherCommit)));
        Assert.Contains("not a shard report", Refusal(("f.json", unsharded)));
        var whole = CheckRun.Run(_record.Options with { Proofs = false }, SilentProgress.Instance);
        Assert.Equal(whole.Outcome, CheckReportMerge.Merge([("b.json", two), ("a.json", one)], _record.Catalog).Outcome);
    }

    [Fact]
    public void A_shard_reports_junit_with_totals_a_timestamp_and_skipped_checks()
    {
        var xml = CheckReportJUnit.Render(_record.Shards[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        var root = XDocument.Parse(xml).Root!;

        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(root.Descendants("testcase").Count(), (int)root.Attribute("tests")!);
        Assert.Equal(root.Descendants("skipped").Count(), (int)root.Attribute("skipped")!);
        Assert.True((int)root.Attribute("skipped")! > 0, "a shard runs only part of the kill matrix: the rest is skipped");
        Assert.True(DateTime.TryParse((string)root.Attribute("timestamp")!, out _));
        Assert.True(double.Parse((string)root.Attribute("time")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.All(root.Elements("testsuite"), s => Assert.NotNull(s.Attribute("timestamp")));
    }

    [Fact]
    public void A_warm_cache_answers_every_solver_and_a_changed_rule_is_solved_again_alone()
    {
        var cache = Directory.CreateTempSubdirectory("dioverify-cache-test-").FullName;
        try
        {
            var options = _record.Options with { Cache = new ObligationCache(cache) };
            var cold = CheckRun.Run(options, SilentProgress.Instance);
            Assert.Equal(0, cold.Proofs!.FromCache);

            // Every definite answer is reused, with the same verdict; an unknown (a timeout on a loaded machine) is never kept.
            var warm = CheckRun.Run(options with { Cache = new ObligationCache(cache) }, SilentProgress.Instance);
            Assert.Equal(cold.Proofs.Rows.Sum(r => r.Answers.Count(a => a.Verdict != "unknown")), warm.Proofs!.FromCache);
            Assert.True(warm.Proofs.FromCache > warm.Proofs.Answers / 2, $"only {warm.Proofs.FromCache} of {warm.Proofs.Answers} answers from the cache");
            foreach (var (before, after) in cold.Proofs.Rows.Zip(warm.Proofs.Rows))
            {
                foreach (var solver in after.FromCache) Assert.Equal(before.Answers.Single(a => a.Solver == solver).Verdict, after.Answers.Single(a => a.Solver == solver).Verdict);
            }

            // A cached refutation still comes with its counterexample, replayed again before it was used.
            Assert.Contains(warm.Proofs.Rows, r => r.Result.Counterexample is not null && r.FromCache.Contains("z3-api"));

            // One rule changed (same name, another return rule): its obligations' texts change, the other policy's do not.
            var changed = options with { Cache = new ObligationCache(cache), Policies = [_record.Catalog.Policies[0], new TestRule(changed: true)] };
            var afterChange = CheckRun.Run(changed, SilentProgress.Instance);
            // Its obligations whose text changed (reported as drift) are solved again in-process; one whose text the change
            // left byte-identical (P4 and P5 read only the new size and kept blocks) is the same question, so its answer
            // stands. The command-line solvers re-decide the committed text, which did not change, so theirs stand too.
            var changedRows = afterChange.Proofs!.Rows.Where(r => r.Obligation.Policy.Name == TestRule.RuleName).ToList();
            Assert.All(changedRows, r => Assert.Equal(
                !afterChange.Problems.Any(p => p.Subject == r.Obligation.FileStem + ".smt2" && p.Message.Contains("drift")),
                r.FromCache.Contains("z3-api")));
            Assert.Contains(changedRows, r => !r.FromCache.Contains("z3-api"));
            var unchanged = warm.Proofs.Rows.Where(r => r.Obligation.Policy.Name != TestRule.RuleName).Sum(r => r.FromCache.Count);
            Assert.True(unchanged > 0);
            Assert.True(afterChange.Proofs.FromCache >= unchanged, $"the unchanged policy's {unchanged} cached answers were not all reused ({afterChange.Proofs.FromCache})");

            // A torn or corrupt entry is a miss, never a verdict.
            var entries = Directory.GetFiles(Path.Combine(cache, "answers"), "*.json", SearchOption.AllDirectories);
            foreach (var entry in entries) File.WriteAllText(entry, "{\"format\": \"dioverify-cache/1\", \"verdict\": \"pro");
            var corrupt = CheckRun.Run(options with { Cache = new ObligationCache(cache) }, SilentProgress.Instance);
            Assert.Equal(0, corrupt.Proofs!.FromCache);
            Assert.Equal(cold.Proofs.Rows.Select(r => r.Result.Verdict), corrupt.Proofs.Rows.Select(r => r.Result.Verdict));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>Every verdict of a report as lines: exploration cells, FsCheck cells, obligations with each solver's answer.</summary>
    private static List<string> Verdicts(CheckReport report) =>
    [
        .. report.Exploration.Rows.SelectMany(r => r.Cells.OrderBy(c => c.Key).Select(c => $"explore {r.Policy.Name} {c.Key} {c.Value.Text}")),
        .. report.FsCheck.Cells.Select(c => $"fscheck {c.Policy.Name} {c.Property} {c.Text}"),
        .. report.Proofs?.Rows.Select(r => $"prove {r.Obligation.FileStem} {r.Result.Verdict} {string.Join(",", r.Answers.Select(a => $"{a.Solver}={a.Verdict}"))}") ?? [],
    ];

    private static int CheckCommand(CheckReport report) => (int)Cli.Commands.CheckCommand.ExitOf(report.Outcome);

    /// <summary>A rule under test: sector-count-units' rule (refuted at 1 BIO), or (changed) the contiguous prefix's, under one name.</summary>
    private sealed class TestRule(bool changed) : IPolicy
    {
        public const string RuleName = "test-rule";

        public string Name => RuleName;

        public string Rule => changed ? "contiguous prefix" : "sectors counted as bytes";

        private static IPolicy Builtin(string name) => PolicyCatalog.Builtin.Find(name)!;

        private IPolicy Base => Builtin(changed ? "contiguous-prefix" : "sector-count-units");

        public ExpectedVerdicts Expected => Base.Expected;

        public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s) =>
            Base.Finish(a, g, s);
    }

    /// <summary>proofs/ and models/ for the small configuration, written once by an update run into a temporary directory.</summary>
    public sealed class Record : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("dioverify-shard-test-").FullName;

        public Record()
        {
            Catalog = new PolicyCatalog([PolicyCatalog.Builtin.Find("contiguous-prefix")!, new TestRule(changed: false)]);
            Options = Small(_root);
            CheckRun.Run(Options with { Update = true }, SilentProgress.Instance);
            Whole = CheckRun.Run(Options, SilentProgress.Instance);
            Shards = [.. Enumerable.Range(1, 2).Select(i => CheckRun.Run(Options with { Shard = new Shard(i, 2) }, SilentProgress.Instance))];
        }

        /// <summary>The unsharded check of the record, and its two shards: computed once, shared by the tests.</summary>
        public CheckReport Whole { get; }

        public IReadOnlyList<CheckReport> Shards { get; }

        public PolicyCatalog Catalog { get; }

        public CheckOptions Options { get; }

        /// <summary>A copy of the record that a test may edit.</summary>
        public CheckOptions Fork()
        {
            var copy = Directory.CreateTempSubdirectory("dioverify-shard-test-").FullName;
            foreach (var dir in new[] { "proofs", "models" })
            {
                Directory.CreateDirectory(Path.Combine(copy, dir));
                foreach (var f in Directory.GetFiles(Path.Combine(_root, dir))) File.Copy(f, Path.Combine(copy, dir, Path.GetFileName(f)));
            }

            return Small(copy);
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private CheckOptions Small(string root) => new(Catalog.Policies, Path.Combine(root, "proofs"), Path.Combine(root, "models"))
        {
            MaxBios = 2,
            ProofBios = 1,
            FsCheckTests = 300,
            Jobs = 2,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }
}
