using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Write;
using Xunit;

namespace DioVerify.Engine.Tests.RuleFiles;

/// <summary>
/// Differential: each built-in rule file decides, on every request and engine state drawn, exactly what the C#
/// class it replaces decided (return value, new size, kept-blocks bound, or both undefined).
/// </summary>
public sealed class BuiltinRuleFilesDecideAsTheClassesDid
{
    private static readonly IPolicy[] Classes =
    [
        new LegacyAllOrNothing(), new ContiguousPrefix(), new IomapModern(), new NaivePartial(), new SumCompleted(), new ArrivalCutoff(),
        new HighestCompleted(), new PrefixStaleSize(), new PrefixKeepBlocks(), new PrefixZeroNotError(), new SectorCountUnits(),
    ];

    public static TheoryData<string> Names => [.. Classes.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Same_decision_on_every_drawn_request_and_state(string name)
    {
        var byClass = Classes.Single(c => c.Name == name);
        var byFile = RuleFileLoader.Builtin().Single(r => r.Name == name);
        Assert.Equal(byClass.Rule, byFile.Rule);
        Assert.Equal(string.Join(";", byClass.Expected.Violated.Select(p => $"{p}:{byClass.Expected.WhyViolated(p)}")),
            string.Join(";", byFile.Expected.Violated.Select(p => $"{p}:{byFile.Expected.WhyViolated(p)}")));
        var a = ConcreteAlgebra.Instance;
        var random = new Random(15);
        long[] sectors = [512, 4096];
        for (var i = 0; i < 200_000; i++)
        {
            var s = sectors[random.Next(2)];
            var b = s * (1 << random.Next(4));
            var m = s * random.Next(1, 9);
            var request = new RequestTerms<long>(random.Next(0, 8) * s + (random.Next(3) == 0 ? random.Next(0, 3 * (int)b) / s * s : 0),
                random.Next(1, 12) * s, random.Next(0, 40_000), b, s, m, random.Next(4) == 0 ? long.MaxValue : random.Next(0, 10));
            var g = Geometry<bool, long>.Of(a, request);
            var span = g.Cut - g.Offset;
            var ok = random.NextInt64(0, span + 1);
            var state = new CompletionState<bool, long>(random.Next(2) == 0, g.Offset + random.NextInt64(0, span + 1), ok,
                g.Offset + random.NextInt64(0, span + 1), random.Next(2) == 0, random.NextInt64(0, ok + 1));
            Assert.Equal(Decide(byClass, a, g, state), Decide(byFile, a, g, state));
        }
    }

    private static string Decide(IPolicy policy, ConcreteAlgebra a, Geometry<bool, long> g, CompletionState<bool, long> s)
    {
        try
        {
            return WriteEngine.Finish(a, policy, g, s).ToString();
        }
        catch (UndefinedArithmeticException)
        {
            return "undefined";
        }
    }
}
