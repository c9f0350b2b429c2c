using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Write;
using Xunit;

namespace DioVerify.Engine.Tests.RuleFiles;

/// <summary>
/// What each construct of the rule language computes, hand-computed on one request and state: 10 240 bytes at offset
/// 1024 of a 3 000-byte file, S = 512, B = 4096, M = 1024, the two free blocks it needs (no cut), a failure
/// at 5 120, 3 072 ok bytes ending at 8 192.
/// </summary>
public sealed class RuleExpressionsMeanTheAlgebras
{
    private static readonly ConcreteAlgebra A = ConcreteAlgebra.Instance;
    private static readonly Geometry<bool, long> G = Geometry<bool, long>.Of(A, new RequestTerms<long>(1024, 10240, 3000, 4096, 512, 1024, 2));
    private static readonly CompletionState<bool, long> S = new(true, 5120, 3072, 8192, true, 1024);

    public static TheoryData<string, long> Values => new()
    {
        { "off", 1024 }, { "len", 10240 }, { "isize", 3000 }, { "end", 11264 }, { "S", 512 }, { "B", 4096 }, { "M", 1024 },
        { "firstNewBlock", 4096 }, { "allocEnd", 12288 }, { "cut", 11264 }, { "P", 4096 },
        { "lowestFailedStart", 5120 }, { "okBytes", 3072 }, { "highestOkEnd", 8192 }, { "okBytesBeforeFailure", 1024 },
        { "EIO", -5 }, { "ENOSPC", -28 }, { "-5", -5 }, { "-(2 + 3)", -5 }, { "- -5", 5 },
        { "1 + 2 * 3", 7 }, { "(1 + 2) * 3", 9 }, { "10 - 3 - 2", 5 }, { "100 / 10 / 5", 2 },
        { "-7 / 2", -4 }, { "-7 % 2", 1 }, { "7 / -2", -3 }, { "7 % 3", 1 },
        { "min(3, 2)", 2 }, { "max(3, 2)", 3 }, { "roundUp(5, 4)", 8 }, { "roundUp(8, 4)", 8 }, { "roundDown(7, 4)", 4 },
        { "if isCut then 1 else 0", 0 }, { "if anyFailed && failureArrived then 1 else 0", 1 }, { "if anyFailed || isCut then 1 else 0", 1 },
        { "if !anyFailed then 1 else 0", 0 }, { "if isCut == anyFailed then 1 else 0", 0 }, { "if isCut != anyFailed then 1 else 0", 1 },
        { "if 1 < 2 && 2 <= 2 && 3 > 2 && 2 >= 2 && 1 == 1 && 1 != 2 then 1 else 0", 1 },
        { "if true then if false then 1 else 2 else 3", 2 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Returns(string expression, long expected)
    {
        Assert.True(G.IsCut is false && G.Cut == 11264, "the fixture: three blocks suffice, no cut");
        Assert.Equal(expected, Rule($"return {expression}").Finish(A, G, S).Returned);
    }

    [Fact]
    public void Lets_are_read_by_later_lets_and_the_decision() =>
        Assert.Equal(6, Rule("let x = 2\nlet y = x * 3\nlet big = y > 5\nreturn if big then y else x").Finish(A, G, S).Returned);

    [Fact]
    public void Without_size_and_keep_the_default_cleanup_follows_the_return_value() =>
        Assert.Equal(new Decision<long>(4096, 5120, 5120), Rule("return P").Finish(A, G, S));

    [Fact]
    public void Written_moves_the_default_cleanup_and_size_and_keep_replace_its_parts()
    {
        Assert.Equal(new Decision<long>(8, 5120, 5120), Rule("return P / S\nwritten P").Finish(A, G, S));
        Assert.Equal(new Decision<long>(-5, 3000, 0), Rule("return EIO").Finish(A, G, S));
        Assert.Equal(new Decision<long>(4096, 5120, 12288), Rule("return P\nkeep allocEnd").Finish(A, G, S));
        Assert.Equal(new Decision<long>(4096, 7, 9), Rule("return P\nsize 7\nkeep 9").Finish(A, G, S));
    }

    [Fact]
    public void A_division_by_zero_is_undefined_as_in_the_algebra() =>
        Assert.Throws<UndefinedArithmeticException>(() => Rule("return P / (B - B)").Finish(A, G, S));

    [Fact]
    public void The_users_rule_of_issue_15_rounds_the_ok_bytes_below_the_failure_down_to_a_block()
    {
        var rule = Rule("let below = if anyFailed then roundDown(P, B) else P\nreturn if below > 0 then below else if anyFailed then EIO else ENOSPC");
        Assert.Equal(4096, rule.Finish(A, G, S with { LowestFailedStart = 6144 }).Returned);
        Assert.Equal(-5, rule.Finish(A, G, S with { LowestFailedStart = 4096 }).Returned);
    }

    private static RulePolicy Rule(string body) => RulePolicy.Parse("test.rule", $"rule test\ndescription \"test\"\n{body}\n");
}
