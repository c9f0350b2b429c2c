using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.Catalog;

/// <summary>
/// The catalog begins with SPEC's eleven policies, each expecting to fail exactly SPEC's "fails" column; a rule file
/// added to models/policies/ comes after them.
/// </summary>
public sealed class PolicyCatalogMatchesSpec
{
    public static TheoryData<string, string> SpecFailsColumn => new()
    {
        { "legacy-all-or-nothing", "P3" },
        { "contiguous-prefix", "" },
        { "iomap-modern", "P3" },
        { "naive-partial", "P1 P3 P4" },
        { "sum-completed", "P1 P3 P4" },
        { "arrival-cutoff", "P1 P3 P4 P6" },
        { "highest-completed", "P1 P3 P4" },
        { "prefix-stale-size", "P4" },
        { "prefix-keep-blocks", "P5" },
        { "prefix-zero-not-error", "P7" },
        { "sector-count-units", "P2 P3" },
    };

    [Fact]
    public void The_catalog_begins_with_the_eleven_SPEC_policies_in_SPEC_order() =>
        Assert.Equal(PolicyRuns.SpecNames, PolicyCatalog.Builtin.Policies.Take(PolicyRuns.SpecNames.Length).Select(p => p.Name));

    [Fact]
    public void An_unknown_name_is_not_found() => Assert.Null(PolicyCatalog.Builtin.Find("contiguous_prefix"));

    [Theory]
    [MemberData(nameof(SpecFailsColumn))]
    public void Each_policy_expects_to_fail_exactly_its_SPEC_column(string policy, string fails)
    {
        var expected = PolicyRuns.Policy(policy).Expected;

        Assert.Equal(fails, string.Join(" ", expected.Violated));
        Assert.Equal(fails == "", expected.IsCorrectPolicy);
        foreach (var property in Enum.GetValues<PropertyId>())
        {
            Assert.Equal(!fails.Contains(property.ToString()), expected.Holds(property));
        }
    }
}
