using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// Every certificate committed in proofs/unbounded/ is exactly what the prover writes today from the rule files, under
/// the options <c>check</c> uses: a change to a rule, the encoding or the domain shows up here as drift.
/// </summary>
public sealed class CommittedCertificatesRegenerateByteForByte
{
    private static readonly string Folder = Path.Combine(Checkout.Root, "proofs", "unbounded");

    public static TheoryData<string> Files => [.. Names()];

    private static IEnumerable<string> Names() => Directory.EnumerateFiles(Folder, "*.smt2").Select(f => Path.GetFileName(f)).Order();

    [Fact]
    public void Every_built_in_policy_has_its_order_lemma_certificate_and_the_wide_invariant_is_there() =>
        Assert.All(PolicyCatalog.Builtin.Policies.Where(p => p.Expected.Holds(PropertyId.P6)).Select(p => $"{p.Name}.P6.smt2").Append("invariant.wide.smt2"),
            name => Assert.Contains(name, Names()));

    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_certificate_is_regenerated_byte_for_byte(string file)
    {
        using var session = new Z3Session();
        // check's prover: its default options with check's default budget, which the identity hash in the header names.
        var prover = new Prover(session, TimeSpan.FromSeconds(120), VersionStamp.ProducedBy);
        var regenerated = file switch
        {
            "invariant.wide.smt2" => prover.InvariantCertificate(GeometryDomain.Wide),
            "invariant.wide-per-sector.smt2" => prover.InvariantCertificate(GeometryDomain.WidePerSector),
            _ => prover.Certificate(Obligation(file)),
        };

        Assert.Equal(File.ReadAllText(Path.Combine(Folder, file)), regenerated);
    }

    private static Obligation Obligation(string file)
    {
        var parts = Path.GetFileNameWithoutExtension(file).Split('.');
        return new Obligation(PolicyCatalog.Builtin.Find(parts[0]) ?? throw new ArgumentException(file), PropertyCatalog.Parse(parts[1]) ?? throw new ArgumentException(file), null);
    }
}
