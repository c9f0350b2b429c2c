using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// The checkers' measured reach (issue 13, item 7): each faulty mutant is refuted by check's machinery as a whole,
/// no correct one is, each checker catches exactly what its mutant says, and the README's table is this measurement.
/// Regenerate the table with
/// <c>dotnet test tests/DioVerify.Properties.Tests -c Release --filter FullyQualifiedName~MutationSuite --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class MutationSuite(ITestOutputHelper output)
{
    private static MutantReach Reach => MutantReach.Measured.Value;

    public static TheoryData<string> Faulty => [.. MutantCatalog.All.Where(m => !m.Expected.IsCorrectPolicy).Select(m => m.Name)];

    public static TheoryData<string> Correct => [.. MutantCatalog.All.Where(m => m.Expected.IsCorrectPolicy).Select(m => m.Name)];

    public static TheoryData<string> Every => [.. MutantCatalog.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Faulty))]
    public void Check_as_a_whole_refutes_every_faulty_mutant(string name) =>
        Assert.True(Reach.Of(MutantCatalog.Find(name)).Any, $"{name} is refuted by no checker: {Row(name)}");

    [Theory]
    [MemberData(nameof(Correct))]
    public void No_checker_refutes_a_correct_mutant_or_leaves_one_of_its_properties_undecided(string name)
    {
        var (explore, fscheck, prover, unbounded) = Reach.Verdicts[name];
        Assert.Empty(explore.Refuted);
        Assert.Empty(fscheck.Refuted);
        Assert.Empty(prover.Refuted);
        Assert.Empty(prover.Undecided);
        Assert.Empty(unbounded.Refuted);
    }

    [Theory]
    [MemberData(nameof(Faulty))]
    public void A_faulty_mutant_breaks_only_the_properties_its_payload_breaks(string name)
    {
        var mutant = MutantCatalog.Find(name);
        var (explore, fscheck, _, _) = Reach.Verdicts[name];
        Assert.All(explore.Refuted.Concat(fscheck.Refuted), p => Assert.False(mutant.Expected.Holds(p), $"{name}: {p} refuted but expected to hold"));
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Each_checker_catches_the_mutant_exactly_as_it_declares(string name)
    {
        var mutant = MutantCatalog.Find(name);
        Assert.True(mutant.ExpectedReach == Reach.Of(mutant), $"{name} declares {mutant.ExpectedReach} but measures {Reach.Of(mutant)}: {Row(name)}");
        Assert.Empty(Reach.Verdicts[name].Prover.Undecided);
    }

    [Fact]
    public void The_README_carries_the_measured_reach_table()
    {
        var table = Reach.Table();
        output.WriteLine(table);
        var readme = File.ReadAllText(RepositoryFile("README.md"));
        const string begin = "<!-- reach-table:begin -->\n", end = "<!-- reach-table:end -->";
        var start = readme.IndexOf(begin, StringComparison.Ordinal);
        var stop = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, "README.md has no reach-table markers");
        Assert.Equal(table, readme[(start + begin.Length)..stop]);
    }

    private static string Row(string name)
    {
        var (explore, fscheck, prover, unbounded) = Reach.Verdicts[name];
        var correct = MutantCatalog.Find(name).Expected.IsCorrectPolicy;
        return $"explore {explore.Text(correct)}; FsCheck {fscheck.Text(correct)}; prover {prover.Text(correct)}; unbounded {unbounded.Text(correct)}";
    }

    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DioVerify.sln"))) return Path.Combine(dir.FullName, name);
        }

        throw new FileNotFoundException("no DioVerify.sln above the test's directory");
    }
}
