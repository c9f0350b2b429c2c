using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests;

/// <summary>
/// The wrapper's finalizers dec-ref native objects from the finalizer thread; with the compat shim that is
/// safe only because they and every session use share <c>lock(context)</c>. Without it this kind of load
/// crashed the process (SIGSEGV) every time it was measured, so a crash here fails the whole test run.
/// </summary>
public sealed class GcStressTests
{
    private const int Threads = 4;
    private const int SessionsPerThread = 25;
    private const int TermsPerSession = 300;

    [Fact]
    public async Task Sessions_and_terms_dropped_on_several_threads_while_the_GC_runs_do_not_crash()
    {
        var workers = Enumerable.Range(0, Threads)
            .Select(worker => Task.Factory.StartNew(
                () => CreateAndDropSessions(worker),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default));

        await Task.WhenAll(workers);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static void CreateAndDropSessions(int worker)
    {
        for (var round = 0; round < SessionsPerThread; round++)
        {
            var session = new Z3Session();
            var verdict = session.Run(scope =>
            {
                var a = scope.Algebra;
                var x = scope.Context.MkIntConst("x");
                for (var i = 0; i < TermsPerSession; i++)
                {
                    _ = a.Le(a.Add(x, a.Int(i)), a.Mul(x, a.Int(round + 2)));
                    if (i % 100 == 0)
                    {
                        // Collecting, not waiting: finalizers now contend for the lock this callback holds.
                        GC.Collect();
                    }
                }

                return scope.Check([a.Lt(a.Int(worker), x)], TimeSpan.FromSeconds(30)).Verdict;
            });
            Assert.Equal(SolverVerdict.Sat, verdict);

            // Half the sessions are left to the finalizers, with their terms still alive.
            if (round % 2 == 0)
            {
                session.Dispose();
            }

            if (round % 5 == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
    }
}
