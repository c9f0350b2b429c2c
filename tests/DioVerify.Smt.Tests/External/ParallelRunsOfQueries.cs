using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.External;

/// <summary>
/// A script of many queries cut into runs solved at once: each query goes to exactly one run, the verdict is the
/// whole script's (sat if any run finds a query sat, unsat only if every query of every run is unsat), and a run
/// that leaves a query unanswered makes the whole unknown, naming where the query is in the script.
/// </summary>
public sealed class ParallelRunsOfQueries : IDisposable
{
    private static readonly string FourQueries = string.Concat(Enumerable.Range(1, 4).Select(i => $"(declare-const x{i} Int)\n(assert (> x{i} {i}))\n(check-sat)\n(reset)\n"));

    /// <summary>Keeps its input, one file per process.</summary>
    private const string Keep = "cat > \"$DIR/received-$$\"\n";

    /// <summary>Answers each query kept: sat where the query mentions the marker, else unsat.</summary>
    private static string AnsweringSatFor(string marker) =>
        Keep + Answer(marker);

    private static string Answer(string marker) =>
        $"awk '/{marker}/{{s=1}} /\\(check-sat\\)/{{print (s ? \"sat\" : \"unsat\"); s=0}}' \"$DIR/received-$$\"";

    private readonly FakeSolver fake = new();

    public void Dispose() => fake.Dispose();

    [Fact]
    public void Every_query_goes_to_exactly_one_run_and_all_unsat_proves_the_script()
    {
        var solver = fake.Behaving(AnsweringSatFor("no-such-marker"), [[]]);

        var (verdict, detail, _) = solver.SolveScript(FourQueries, TimeSpan.FromSeconds(30), jobs: 2);

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal("4 of 4 queries unsat", detail);
        var received = Directory.EnumerateFiles(Path.GetDirectoryName(fake.Received)!, "received-*").Select(File.ReadAllText).ToList();
        Assert.Equal(2, received.Count);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Single(received, text => text.Contains($"(declare-const x{i} Int)", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sat_in_a_later_run_is_a_refutation_of_the_whole_script()
    {
        var solver = fake.Behaving(AnsweringSatFor("x4"), [[]]);

        var (verdict, detail, _) = solver.SolveScript(FourQueries, TimeSpan.FromSeconds(30), jobs: 2);

        Assert.Equal(SolverVerdict.Sat, verdict);
        Assert.StartsWith("in queries 3-4 of 4: sat at query 2 of 2", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_stalls_leaves_the_whole_script_unknown_never_proved()
    {
        var solver = fake.Behaving(Keep + "grep -q x3 \"$DIR/received-$$\" && exec sleep 60\n" + Answer("no-such-marker"), [[]]);

        // 10 s, not 2: under a loaded CI the run that answers must not itself run out of time before the fake starts.
        var (verdict, detail, _) = solver.SolveScript(FourQueries, TimeSpan.FromSeconds(10), jobs: 2);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.StartsWith("in queries 3-4 of 4: no answer to query 1 of 2", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void One_job_solves_the_script_in_one_run()
    {
        var solver = fake.Behaving(AnsweringSatFor("no-such-marker"));

        var (verdict, detail, _) = solver.SolveScript(FourQueries, TimeSpan.FromSeconds(30), jobs: 1);

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal("4 of 4 queries unsat", detail);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(fake.Received)!, "received-*"));
    }
}
