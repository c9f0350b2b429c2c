using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Solving;

/// <summary>
/// The watchdog behind every timeout: whenever it fires, the check ends promptly as unknown — whether the
/// interrupt lands before Z3 has started searching, during the search, or as the check returns. These
/// races are rare per check, so each test repeats a tiny-budget check many times.
/// </summary>
public sealed class WatchdogInterruptsEveryCheckItTimesOut(ITestOutputHelper output) : IDisposable
{
    private const int Repetitions = 500;

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void A_hard_check_with_a_one_tick_budget_is_always_stopped_by_the_watchdog()
    {
        var slowest = TimeSpan.Zero;
        session.Run(scope =>
        {
            for (var i = 0; i < Repetitions; i++)
            {
                // The resource limit (about 3 s) only bounds how long a lost interrupt can make this test run.
                var result = scope.Check(Problems.Hard(scope), TimeSpan.FromTicks(1), resourceLimit: 2_000_000);
                slowest = result.Elapsed > slowest ? result.Elapsed : slowest;

                Assert.Equal(SolverVerdict.Unknown, result.Verdict);
                Assert.False(
                    result.ReasonUnknown!.Contains("resource limit"),
                    $"check {i}: the watchdog's interrupt did not stop Z3; the resource limit did, after {result.Elapsed.TotalMilliseconds:0} ms ({result.ReasonUnknown})");
            }
        });
        output.WriteLine($"slowest of {Repetitions}: {slowest.TotalMilliseconds:0.#} ms");
    }

    [Fact]
    public void A_check_whose_budget_runs_out_as_it_finds_a_model_is_sat_or_unknown_never_an_exception()
    {
        var verdicts = new Dictionary<SolverVerdict, int>();
        session.Run(scope =>
        {
            for (var i = 0; i < Repetitions; i++)
            {
                var (assertions, x, _) = Problems.LinearSat(scope);
                var result = scope.Check(assertions, TimeSpan.FromMilliseconds(1));
                if (result.Verdict == SolverVerdict.Sat)
                {
                    _ = result.Model!.Int(x);
                }

                verdicts[result.Verdict] = verdicts.GetValueOrDefault(result.Verdict) + 1;
            }
        });
        output.WriteLine(string.Join(", ", verdicts.Select(v => $"{v.Key}: {v.Value}")));

        Assert.Equal(Repetitions, verdicts.GetValueOrDefault(SolverVerdict.Sat) + verdicts.GetValueOrDefault(SolverVerdict.Unknown));
    }
}
