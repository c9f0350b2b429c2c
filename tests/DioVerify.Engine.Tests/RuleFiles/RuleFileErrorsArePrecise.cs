using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using Xunit;

namespace DioVerify.Engine.Tests.RuleFiles;

/// <summary>Every malformed rule file is refused with the exact <c>file:line:column: reason</c> of the fault.</summary>
public sealed class RuleFileErrorsArePrecise
{
    /// <summary>A valid head, so the line under test is line 3.</summary>
    private const string Head = "rule my-rule\ndescription \"mine\"\n";

    public static TheoryData<string, string> Malformed => new()
    {
        { "description \"d\"\nreturn 0", "my.rule:1:1: missing 'rule NAME' (the policy's kebab-case name)" },
        { "rule my-rule\nreturn 0", "my.rule:1:1: missing 'description \"...\"' (the one-line rule shown by 'policies')" },
        { Head, "my.rule:3:1: missing 'return EXPRESSION' (the value the write returns)" },
        { "rule Bad_Name\n", "my.rule:1:6: the rule's name \"Bad_Name\" is not kebab-case (lower-case letters and digits, words joined by '-')" },
        { "rule my- rule\n", "my.rule:1:8: expected a statement (rule, description, violates, let, fold, return, size, keep, written), found '-'" },
        { "rule a\nrule b\n", "my.rule:2:1: a second 'rule': a rule file has one" },
        { "rule a\ndescription \"abc\n", "my.rule:2:13: the string is not closed on its line (a '\"' is missing)" },
        { "rule a\ndescription \"\"\n", "my.rule:2:13: the description is empty" },
        { Head + "violates P9 \"x\"", "my.rule:3:10: expected a property P1..P7 after 'violates', found 'P9'" },
        { Head + "violates P1 \"x\"\nviolates P1 \"y\"", "my.rule:4:10: P1 is already declared violated" },
        { Head + "violates P3", "my.rule:3:12: expected a quoted string after 'violates P3', found the end of the file" },
        { Head + "frobnicate 3", "my.rule:3:1: unknown statement 'frobnicate' (expected rule, description, violates, let, fold, return, size, keep or written)" },
        { Head + "return 0\nreturn 1", "my.rule:4:1: a second 'return': a rule file has one" },
        { Head + "return foo", "my.rule:3:8: unknown name 'foo' (built-ins: off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, lowestFailedStart, okBytes, highestOkEnd, okBytesBeforeFailure, P, EIO, ENOSPC, isCut, anyFailed, failureArrived; or a 'let' or 'fold' above)" },
        { Head + "return x\nlet x = 1", "my.rule:3:8: unknown name 'x' (built-ins: off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, lowestFailedStart, okBytes, highestOkEnd, okBytesBeforeFailure, P, EIO, ENOSPC, isCut, anyFailed, failureArrived; or a 'let' or 'fold' above)" },
        { Head + "return foo(1, 2)", "my.rule:3:8: unknown function 'foo' (functions: min, max, roundUp, roundDown)" },
        { Head + "return min(1)", "my.rule:3:8: 'min' takes 2 integers, given 1" },
        { Head + "return max(1, isCut)", "my.rule:3:15: an argument of 'max' must be an integer, but this is a boolean" },
        { Head + "return anyFailed", "my.rule:3:8: the return value must be an integer, but this is a boolean" },
        { Head + "return 0\nsize isCut || anyFailed", "my.rule:4:6: the new size must be an integer, but this is a boolean" },
        { Head + "return 1 + true", "my.rule:3:12: an operand of '+' must be an integer, but this is a boolean" },
        { Head + "return if P then 1 else 0", "my.rule:3:11: the condition of 'if' must be a boolean, but this is an integer" },
        { Head + "return if isCut then 1 else false", "my.rule:3:29: the branches of 'if' differ in type: 'then' is an integer, 'else' a boolean" },
        { Head + "return if isCut then 1", "my.rule:3:23: expected 'else' after the 'then' branch (every 'if' has an 'else'), found the end of the file" },
        { Head + "return if 1 == true then 1 else 0", "my.rule:3:16: '==' compares an integer with a boolean" },
        { Head + "return if 1 < 2 < 3 then 1 else 0", "my.rule:3:17: comparisons do not chain: write 'a < b && b < c'" },
        { Head + "return if !P then 1 else 0", "my.rule:3:12: the operand of '!' must be a boolean, but this is an integer" },
        { Head + "return (1 + 2", "my.rule:3:14: expected ')' to close '(', found the end of the file" },
        { Head + "return 1 $ 2", "my.rule:3:10: unexpected character '$'" },
        { Head + "return 3abc", "my.rule:3:9: a number ends with 'a': write an operator or a space between a number and a name" },
        { Head + "return 99999999999999999999", "my.rule:3:8: the number 99999999999999999999 does not fit in a 64-bit integer" },
        { Head + "return", "my.rule:3:7: expected an expression, found the end of the file" },
        { Head + "let P = 1\nreturn 0", "my.rule:3:5: 'P' is a built-in name and cannot be redefined" },
        { Head + "let keep = 1\nreturn 0", "my.rule:3:5: 'keep' is a keyword and cannot be defined" },
        { Head + "let x = 1\nlet x = 2\nreturn 0", "my.rule:4:5: 'x' is already defined" },
        { Head + "let x 1\nreturn 0", "my.rule:3:7: expected '=' after the name of a 'let', found '1'" },
        { Head + "return 0\nsize 0\nkeep 0\nwritten 1", "my.rule:6:9: 'written' sizes the default cleanup, but 'size' and 'keep' both replace it: drop one" },
        { Head + "fold 3 = 0", "my.rule:3:6: expected a name after 'fold', found '3'" },
        { Head + "fold P = 0", "my.rule:3:6: 'P' is a built-in name and cannot be redefined" },
        { Head + "fold ok = true", "my.rule:3:6: 'ok' names the completing BIO in a fold's update and cannot name a fold" },
        { Head + "let x = 1\nfold x = 0", "my.rule:4:6: 'x' is already defined" },
        { Head + "fold x 0", "my.rule:3:8: expected '=' after the name of a 'fold', found '0'" },
        { Head + "fold x = 0\nreturn x", "my.rule:4:1: expected 'on complete = UPDATE' after the initial value of fold 'x', found 'return'" },
        { Head + "fold x = 0 on done = x", "my.rule:3:15: expected 'complete' after 'on' (a fold is updated 'on complete'), found 'done'" },
        { Head + "fold x = 0 on complete x", "my.rule:3:24: expected '=' after 'on complete', found 'x'" },
        { Head + "fold x = okBytes on complete = x", "my.rule:3:10: a fold's initial value is computed at submit and reads only the request (off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, isCut, EIO, ENOSPC); 'okBytes' is not one of them" },
        { Head + "fold x = x + 1 on complete = x", "my.rule:3:10: fold 'x' cannot read itself in its initial value" },
        { Head + "fold x = start on complete = x", "my.rule:3:10: a fold's initial value is computed at submit and reads only the request (off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, isCut, EIO, ENOSPC); 'start' is not one of them" },
        { Head + "fold x = 0 on complete = x + P", "my.rule:3:30: the update of fold 'x' reads only the completing BIO (start, end, ok), 'x' itself and the request (off, len, isize, S, B, M, firstNewBlock, allocEnd, cut, isCut, EIO, ENOSPC); 'P' is not one of them" },
        { Head + "let y = 1\nfold x = 0 on complete = x + y", "my.rule:4:30: the update of fold 'x' reads only the completing BIO (start, end, ok), 'x' itself and the request (off, len, isize, S, B, M, firstNewBlock, allocEnd, cut, isCut, EIO, ENOSPC); 'y' is not one of them" },
        { Head + "fold y = 0 on complete = y\nfold x = 0 on complete = x + y", "my.rule:4:30: the update of fold 'x' reads only the completing BIO (start, end, ok), 'x' itself and the request (off, len, isize, S, B, M, firstNewBlock, allocEnd, cut, isCut, EIO, ENOSPC); 'y' is not one of them" },
        { Head + "fold x = 0 on complete = ok", "my.rule:3:26: the update of fold 'x' must be an integer, like its initial value, but this is a boolean" },
        { Head + "fold x = 0 on complete = if ok then end else x\nreturn start", "my.rule:4:8: unknown name 'start' (built-ins: off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, lowestFailedStart, okBytes, highestOkEnd, okBytesBeforeFailure, P, EIO, ENOSPC, isCut, anyFailed, failureArrived; or a 'let' or 'fold' above)" },
        { Head + "return x\nfold x = 0 on complete = x", "my.rule:3:8: unknown name 'x' (built-ins: off, len, isize, end, S, B, M, firstNewBlock, allocEnd, cut, lowestFailedStart, okBytes, highestOkEnd, okBytesBeforeFailure, P, EIO, ENOSPC, isCut, anyFailed, failureArrived; or a 'let' or 'fold' above)" },
        { Head + "commutative x = 0", "my.rule:3:13: expected 'fold' after 'commutative' (commutative fold NAME = ...), found 'x'" },
        { Head + "let fold = 1", "my.rule:3:5: 'fold' is a keyword and cannot be defined" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Is_refused_at_the_fault(string text, string message)
    {
        var error = Assert.Throws<BadInputException>(() => RulePolicy.Parse("my.rule", text));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_name_the_catalog_already_has_is_refused_at_the_rule_line()
    {
        var copy = RulePolicy.Parse("mine/copy.rule", "# my own Morton\n\nrule contiguous-prefix\ndescription \"d\"\nreturn P");
        var error = Assert.Throws<BadInputException>(() => RuleFileLoader.Extend(PolicyCatalog.Builtin, [copy]));
        Assert.Equal("mine/copy.rule:3:1: the name \"contiguous-prefix\" is taken by a built-in policy (models/policies/02-contiguous-prefix.rule:8): a rule needs a name of its own", error.Message);
    }

    [Fact]
    public void Two_user_rules_with_one_name_are_refused_at_the_second()
    {
        var first = RulePolicy.Parse("a.rule", "rule mine\ndescription \"d\"\nreturn P");
        var second = RulePolicy.Parse("b.rule", "rule mine\ndescription \"e\"\nreturn 0");
        var error = Assert.Throws<BadInputException>(() => RuleFileLoader.Extend(PolicyCatalog.Builtin, [first, second]));
        Assert.Equal("b.rule:1:1: the name \"mine\" is taken by another rule (a.rule:3): a rule needs a name of its own", error.Message);
    }
}
