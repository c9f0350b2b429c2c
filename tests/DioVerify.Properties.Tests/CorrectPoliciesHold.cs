using DioVerify.Engine.Properties;
using DioVerify.Generators;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests;

/// <summary>
/// Properties as specifications: every property a policy must satisfy (<c>policy.Expected.Holds(p)</c>)
/// holds on <see cref="CaseBudget.MaxTest"/> generated schedules (10 000; 200 000 with DIOVERIFY_LONG=1): the
/// search behind the FsCheck column of <c>dioverify check</c> (<see cref="ViolationSearch"/>) raises no false alarm.
/// P6 is judged on two generated arrival orders of the same outcomes. A failure prints the shrunk
/// counterexample as schedule v1.
/// </summary>
public sealed class CorrectPoliciesHold(ITestOutputHelper output)
{
    public static TheoryData<string, PropertyId> Holding => PolicyPairs.Pairs(holding: true);

    [Theory]
    [MemberData(nameof(Holding))]
    public void The_property_holds_on_every_generated_schedule(string policy, PropertyId property)
    {
        var result = ViolationSearch.Check(PolicyPairs.Policy(policy), property, CaseBudget.MaxTest);
        var name = $"{property} ({PropertyCatalog.NameOf(property)}: {PropertyCatalog.FormalOf(property)})";
        if (result.Passed)
        {
            output.WriteLine($"{policy} satisfies {name} on {result.Tests} generated schedules");
            return;
        }

        var text = CounterexampleText.Describe(
            result.Shrunk! with { Policy = policy, Property = property, ProducedBy = CounterexampleText.Producer },
            result.Original!,
            result.Info);
        output.WriteLine(text);
        Assert.Fail($"{policy} must satisfy {name} but does not.\n{text}");
    }
}
