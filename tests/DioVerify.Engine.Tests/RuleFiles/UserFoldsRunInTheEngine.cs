using DioVerify.Engine.Algebra;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Model;
using DioVerify.Engine.Write;
using Xunit;

namespace DioVerify.Engine.Tests.RuleFiles;

/// <summary>
/// A rule's own folds start at their initial value at submit, step once per completion in arrival order from the BIO's
/// start, end and status, and are read by the decision — hand-computed on one request: 4 096 bytes at offset 1 024,
/// S = 512, B = 4 096, M = 1 024, so BIOs [1024, 2048), [2048, 3072), [3072, 4096), [4096, 5120).
/// </summary>
public sealed class UserFoldsRunInTheEngine
{
    private static readonly ConcreteAlgebra A = ConcreteAlgebra.Instance;
    private static readonly BioLayout<bool, long> Layout = ConcreteLayout.Of(new WriteRequest(1024, 4096, 0, 4096, 512, 1024), null);

    private const string Counting = """
        rule counting
        description "folds of every kind"
        fold arrivals = 0
          on complete = arrivals + 1
        fold lastArrivedEnd = off
          on complete = end
        fold highestOkEnd2 = off
          on complete = if ok then max(highestOkEnd2, end) else highestOkEnd2
        fold sawFailure = false
          on complete = sawFailure || !ok
        fold requestEnd = end
          on complete = requestEnd
        """;

    private static long Returned(string returned, bool[] failed, long[] arrival) =>
        WriteEngine.Run(A, RulePolicy.Parse("r.rule", $"{Counting}\nreturn {returned}"), Layout, failed, arrival).Returned;

    [Fact]
    public void The_fixture_has_four_bios() => Assert.Equal([1024, 2048, 3072, 4096], Layout.Starts);

    [Theory]
    [InlineData("arrivals", 4)]
    [InlineData("lastArrivedEnd", 2048)]
    [InlineData("highestOkEnd2", 4096)]
    [InlineData("if sawFailure then 1 else 0", 1)]
    [InlineData("requestEnd", 5120)]
    public void Each_fold_steps_once_per_arrival_in_arrival_order(string returned, long expected) =>
        Assert.Equal(expected, Returned(returned, [false, true, false, true], [2, 3, 1, 0]));

    [Fact]
    public void Before_any_completion_the_folds_hold_their_initial_values() =>
        Assert.Equal(1024 + 0 + 5120, Returned("lastArrivedEnd + arrivals + requestEnd", [false], []));

    [Fact]
    public void The_engine_state_carries_the_folds_and_a_rule_without_folds_carries_none()
    {
        var rule = RulePolicy.Parse("r.rule", $"{Counting}\nreturn arrivals");
        var states = WriteEngine.States(A, Layout.Geometry, [(1024L, 2048L, false), (2048L, 3072L, true)], rule).ToList();
        Assert.Equal("arrivals = 2, lastArrivedEnd = 3072, highestOkEnd2 = 2048, sawFailure = True, requestEnd = 5120", states[^1].User!.ToString());
        Assert.Null(WriteEngine.States(A, Layout.Geometry, [(1024L, 2048L, false)], PolicyCatalog.Builtin.Find("contiguous-prefix")).Last().User);
    }

    [Fact]
    public void A_fold_that_tracks_the_lowest_failure_decides_as_the_engines_own_fold_on_every_schedule()
    {
        var byFold = RulePolicy.Parse("f.rule", """
            rule by-fold
            description "Morton's rule from a fold"
            fold firstFailure = cut
              on complete = if !ok && start < firstFailure then start else firstFailure
            let p = firstFailure - off
            return if p > 0 then p else if anyFailed && firstFailure == off then EIO else ENOSPC
            """);
        var morton = PolicyCatalog.Builtin.Find("contiguous-prefix")!;
        long[][] orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
        for (var mask = 0; mask < 16; mask++)
        {
            var failed = Enumerable.Range(0, 4).Select(k => (mask >> k & 1) == 1).ToArray();
            foreach (var order in orders)
            {
                Assert.Equal(WriteEngine.Run(A, morton, Layout, failed, order), WriteEngine.Run(A, byFold, Layout, failed, order));
            }
        }
    }

    [Fact]
    public void A_fold_whose_update_overflows_throws_the_algebras_error()
    {
        var doubling = RulePolicy.Parse("d.rule", "rule d\ndescription \"d\"\nfold x = 4611686018427387904 on complete = x * 2\nreturn 0");
        Assert.Throws<UndefinedArithmeticException>(() => WriteEngine.Run(A, doubling, Layout, [false], [0]));
    }
}
