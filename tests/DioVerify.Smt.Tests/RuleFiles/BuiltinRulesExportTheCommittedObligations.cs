using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.RuleFiles;

/// <summary>
/// The built-in rule files mean exactly what the C# policy classes they replaced meant: the model and every obligation
/// regenerated from them equal, byte for byte, the files in <c>models/</c> and <c>proofs/</c> committed when the
/// classes defined the catalog (a different term anywhere in a finish shows as drift).
/// </summary>
public sealed class BuiltinRulesExportTheCommittedObligations
{
    /// <summary>The bound of the committed obligations (proofs/ledger.json) and check's default timeout, which the export does not read.</summary>
    private const int Bound = 3;

    public static TheoryData<string> Committed =>
        [.. PolicyCatalog.Builtin.Policies.Select(p => p.Name).Where(name => File.Exists(Path.Combine(Root, "models", name + ".smt2")))];

    private static string Root => Checkout.Root;

    [Fact]
    public void Every_policy_of_SPEC_has_committed_files() =>
        Assert.Equal(11, Committed.Count);

    [Theory]
    [MemberData(nameof(Committed))]
    public void The_model_and_every_obligation_regenerate_unchanged(string name)
    {
        var policy = PolicyCatalog.Builtin.Find(name)!;
        using var session = new Z3Session();
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "models", name + ".smt2")), ModelExport.Render(session, policy, VersionStamp.ProducedBy));
        var prover = new Prover(session, TimeSpan.FromSeconds(120), VersionStamp.ProducedBy);
        foreach (var property in PropertyCatalog.All)
        {
            var obligation = new Obligation(policy, property, Bound);
            var committed = File.ReadAllText(Path.Combine(Root, "proofs", obligation.FileStem + ".smt2"));
            var regenerated = prover.SmtLib2(obligation);
            Assert.True(committed == regenerated, $"{obligation.FileStem}: {Drift(committed, regenerated)}");
        }
    }

    private static string Drift(string committed, string regenerated)
    {
        var a = committed.Split('\n');
        var b = regenerated.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        return $"first difference at line {line + 1}: committed {(line < a.Length ? a[line] : "<end>")} / regenerated {(line < b.Length ? b[line] : "<end>")}";
    }
}
