using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Interrupts a context's running check when its time budget is spent.</summary>
/// <remarks>
/// This replaces Z3's own <c>timeout</c> parameter, which can deadlock on libz3 4.8.12 (an upstream
/// scoped_timer bug fixed after 4.8.13). The callback calls <see cref="Context.Interrupt"/> without taking
/// <c>lock(context)</c>: the checking thread holds that lock for the whole check, so taking it here would
/// wait for the very check it is meant to stop.
/// </remarks>
internal sealed class InterruptWatchdog : IDisposable
{
    private readonly Timer timer;
    private int fired;

    public InterruptWatchdog(Context context, TimeSpan timeout)
    {
        timer = new Timer(
            _ =>
            {
                Volatile.Write(ref fired, 1);
                context.Interrupt();
            },
            null,
            timeout,
            Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether the budget ran out and the interrupt was sent.</summary>
    public bool Fired => Volatile.Read(ref fired) == 1;

    /// <summary>Stops the timer and waits for a callback already under way, so no interrupt arrives later.</summary>
    public void Dispose()
    {
        using var callbacksDone = new ManualResetEvent(false);
        if (timer.Dispose(callbacksDone))
        {
            callbacksDone.WaitOne();
        }
    }
}
