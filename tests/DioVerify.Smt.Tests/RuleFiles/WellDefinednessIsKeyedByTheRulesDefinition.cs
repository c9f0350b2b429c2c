using DioVerify.Engine.RuleFiles;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.RuleFiles;

/// <summary>
/// Well-definedness verdicts are cached for the whole process; two rule files that share a name but not a definition
/// (a user's edit, two folders) must each get their own, or a rule that divides by zero could be "proved".
/// </summary>
public sealed class WellDefinednessIsKeyedByTheRulesDefinition
{
    [Fact]
    public void A_rule_named_like_a_well_defined_one_is_still_refused_for_its_division_by_zero()
    {
        var safe = RulePolicy.Parse("a/mine.rule", "rule mine\ndescription \"d\"\nreturn P\n");
        var dividing = RulePolicy.Parse("b/mine.rule", "rule mine\ndescription \"d\"\nreturn P / okBytes\n");
        using var session = new Z3Session();

        var first = session.Run(scope => WellDefinedness.Check(scope, safe, 1, () => TimeSpan.FromSeconds(60)));
        var second = session.Run(scope => WellDefinedness.Check(scope, dividing, 1, () => TimeSpan.FromSeconds(60)));

        Assert.True(first.Defined);
        Assert.False(second.Defined);
        Assert.NotNull(second.Counterexample);
        Assert.Contains("division by zero", second.Reason);
    }
}
