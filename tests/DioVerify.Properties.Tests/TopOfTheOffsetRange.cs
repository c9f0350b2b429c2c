using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests;

/// <summary>
/// SPEC's validation admits requests up to <c>roundUp(off + len, B) &lt;= 2^63 - 1</c> and any file size, and
/// the algebra promises that validation keeps every concrete intermediate below 2^63. These cases sit at
/// that edge and must behave like any other: every correct property holds and the engine agrees with SPEC.
/// </summary>
public sealed class TopOfTheOffsetRange(ITestOutputHelper output)
{
    [Fact]
    public void Valid_requests_near_2_pow_63_replay_like_any_other()
    {
        var arbitrary = Arb.From(ScheduleGenerators.TopOfRangeGen, ScheduleGenerators.Shrink);
        foreach (var policy in Engine.Policies.PolicyCatalog.Builtin.Policies)
        {
            var result = FsCheckRun.Check(
                arbitrary,
                s => SpecOracleAgreesWithTheEngine.Disagreement(policy, s) is null &&
                     PropertyCatalog.PerRun.Where(p => policy.Expected.Holds(p.Id)).All(p => ViolationSearch.Holds(policy, p.Id, s)),
                maxTest: 2000);
            if (result.Passed) continue;
            var text = CounterexampleText.Describe(
                result.Shrunk! with { Policy = policy.Name, ProducedBy = CounterexampleText.Producer },
                result.Original!,
                result.Info);
            output.WriteLine(text);
            Assert.Fail($"{policy.Name} at the top of the offset range:\n{text}");
        }
    }
}
