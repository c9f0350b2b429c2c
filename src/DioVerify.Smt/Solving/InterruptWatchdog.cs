using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Interrupts a context's running check when its time budget is spent.</summary>
/// <remarks>
/// This replaces Z3's own <c>timeout</c> parameter, which can deadlock on libz3 4.8.12 (an upstream
/// scoped_timer bug fixed after 4.8.13). It calls <see cref="Context.Interrupt"/> without taking
/// <c>lock(context)</c>: the checking thread holds that lock for the whole check, so taking it here would
/// wait for the very check it is meant to stop. A dedicated thread rather than a thread-pool timer,
/// because the pool is starved exactly when many checks block in native code (measured: interrupts
/// 45 ms–17 s late in a busy test host); and the interrupt repeats (backing off to every 50 ms) until the check returns,
/// because Z3 occasionally misses a single one (measured: 3 in 9000 checks ran on).
/// </remarks>
internal sealed class InterruptWatchdog : IDisposable
{
    private static readonly TimeSpan Repeat = TimeSpan.FromMilliseconds(50);

    private readonly ManualResetEventSlim done = new(false);
    private readonly Thread? thread;
    private int fired;

    public InterruptWatchdog(Context context, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        thread = new Thread(() =>
        {
            if (done.Wait(timeout))
            {
                return;
            }

            // The first interrupt can land before the check has started and be lost, so repeat quickly at
            // first, then back off.
            var pause = TimeSpan.FromMilliseconds(1);
            do
            {
                Volatile.Write(ref fired, 1);
                context.Interrupt();
                pause = pause * 2 < Repeat ? pause * 2 : Repeat;
            }
            while (!done.Wait(pause));
        })
        {
            IsBackground = true,
            Name = "z3-watchdog",
        };
        thread.Start();
    }

    /// <summary>Whether the budget ran out and the interrupt was sent.</summary>
    public bool Fired => Volatile.Read(ref fired) == 1;

    /// <summary>Stops the watchdog and waits for it, so no interrupt arrives after the check.</summary>
    public void Dispose()
    {
        done.Set();
        thread?.Join();
        done.Dispose();
    }
}
