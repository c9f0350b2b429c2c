using System.Text.Json;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>prove --unbounded</c> covers the wide geometry domain (S, B powers of two with 512 ≤ S ≤ B ≤ 65536, M any positive
/// multiple of S): a fault that appears only for one sector size, one block size or a BIO size not dividing the block
/// is refuted with a counterexample on exactly such a geometry, replayed through the engine; a correct rule that
/// branches on S, B and M is proved, and the verdict names the whole domain.
/// </summary>
public sealed class UnboundedWideDomainTests : IDisposable
{
    private const string WideDomain = "every number of BIOs, any offset, length, file size and free-block count, every outcome and arrival order, on S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(600);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_fault_only_on_2k_sectors_is_refuted_on_a_2k_sector_device() =>
        AssertRefutedOn("fault-on-sectors-of-2048", request => Assert.Equal(2048, request.GetProperty("sectorSize").GetInt64()));

    [Fact]
    public void A_fault_only_on_16k_blocks_is_refuted_on_a_16k_block_filesystem() =>
        AssertRefutedOn("fault-on-blocks-of-16384", request => Assert.Equal(16384, request.GetProperty("blockSize").GetInt64()));

    [Fact]
    public void A_fault_only_when_the_bio_size_does_not_divide_the_block_is_refuted_on_such_a_geometry() =>
        AssertRefutedOn("fault-bio-not-dividing-block", request => Assert.NotEqual(0, request.GetProperty("maxBioBytes").GetInt64() % request.GetProperty("blockSize").GetInt64()));

    [Fact]
    public void A_fault_only_on_32k_blocks_escapes_the_bounded_family_and_is_refuted_by_the_wide_domain()
    {
        // The bounded prover ranges over the ten-geometry family, which has no 32 KiB blocks: it cannot see the fault.
        // (prove exits 1 there: a planted fault missed.)
        var bounded = Single(Prove("fault-on-blocks-of-32768", 1, "--bios", "1"));
        Assert.Equal("proved", bounded.GetProperty("verdict").GetString());
        Assert.DoesNotContain("32768", bounded.GetProperty("domain").GetString());

        AssertRefutedOn("fault-on-blocks-of-32768", request => Assert.Equal(32768, request.GetProperty("blockSize").GetInt64()));
    }

    [Fact]
    public void A_correct_rule_that_branches_on_every_size_is_proved_for_the_whole_domain()
    {
        var r = Single(Prove("unusual-but-correct", 0, "--unbounded"));

        Assert.Equal("proved", r.GetProperty("verdict").GetString());
        Assert.Equal("induction-over-file-order", r.GetProperty("methodKind").GetString());
        Assert.Equal(WideDomain, r.GetProperty("domain").GetString());
    }

    private void AssertRefutedOn(string rule, Action<JsonElement> onItsGeometry)
    {
        var r = Single(Prove(rule, 0, "--unbounded"));
        Assert.Equal("refuted", r.GetProperty("verdict").GetString());
        Assert.True(r.GetProperty("asExpected").GetBoolean());
        Assert.Equal(WideDomain, r.GetProperty("domain").GetString());
        var counterexample = r.GetProperty("counterexample");
        onItsGeometry(counterexample.GetProperty("request"));

        var file = _dir.Write($"{rule}.json", counterexample.GetRawText());
        var replayed = Assert.Single(ReplayTests.ReplayJson(file, ["--rules", RuleFile(rule)]));
        Assert.False(replayed.GetProperty("properties").GetProperty("P1").GetBoolean());
    }

    private static JsonElement Single(CliResult result)
    {
        using var doc = JsonDocument.Parse(result.Stdout);
        return Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray()).Clone();
    }

    private static CliResult Prove(string rule, int exit, params string[] bound)
    {
        var result = CliProcess.Run(["prove", "--rules", RuleFile(rule), "--property", "P1", "--no-cache", "--format", "json", .. bound], Budget);
        Assert.False(result.ExitCode == 69, $"libz3 is not available here\n{result}");
        return result.ExitsWith(exit).HasNoStackTrace();
    }

    private static string RuleFile(string rule) => Path.Combine(AppContext.BaseDirectory, "Resources", "unbounded", $"{rule}.rule");
}
