using System.Diagnostics;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Every Z3 check and external solver process running now, so that one signal can stop them all.</summary>
/// <remarks>
/// A process-wide registry because a Ctrl-C handler has no other way to reach checks running on
/// <c>Parallel.For</c> workers. Contexts are interrupted with <see cref="Context.Interrupt"/> without taking
/// <c>lock(context)</c>, as <see cref="InterruptWatchdog"/> does: the checking thread holds that lock. Once
/// <see cref="StopAll"/> has run, every check or process registered later is stopped at once, so a run winds
/// down instead of starting the next query.
/// </remarks>
public static class RunningSolvers
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<Context> Contexts = new(ReferenceEqualityComparer.Instance);
    private static readonly HashSet<Process> Processes = new(ReferenceEqualityComparer.Instance);
    private static volatile bool stopped;

    /// <summary>Whether the run was asked to stop: no new solver work should start.</summary>
    public static bool Stopped => stopped;

    /// <summary>Interrupts every running Z3 check, kills every solver process (with its children), and all later ones.</summary>
    public static void StopAll()
    {
        stopped = true;
        Sweep();
    }

    /// <summary>Repeats <see cref="StopAll"/> until nothing is registered or <paramref name="timeout"/> passes.</summary>
    /// <returns>Whether every check and process has ended.</returns>
    /// <remarks>Repeated because an interrupt that lands just before a check starts is lost (see <see cref="InterruptWatchdog"/>).</remarks>
    public static bool WaitUntilIdle(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            StopAll();
            lock (Gate)
            {
                if (Contexts.Count == 0 && Processes.Count == 0) return true;
            }

            if (clock.Elapsed >= timeout) return false;
            Thread.Sleep(20);
        }
    }

    /// <summary>Registers a context for the duration of one check; the caller must hold <c>lock(context)</c>.</summary>
    internal static IDisposable Track(Context context)
    {
        lock (Gate)
        {
            Contexts.Add(context);
        }

        if (stopped) context.Interrupt();
        return new Registration(() => Contexts.Remove(context));
    }

    /// <summary>Registers a started solver process until it has been waited for; it is killed at once if the run is stopping.</summary>
    internal static IDisposable Track(Process process)
    {
        lock (Gate)
        {
            Processes.Add(process);
        }

        if (stopped) Kill(process);
        return new Registration(() => Processes.Remove(process));
    }

    private static void Sweep()
    {
        lock (Gate)
        {
            // Under the gate, so a context is never interrupted after its check has ended and its scope closed.
            foreach (var context in Contexts) context.Interrupt();
            foreach (var process in Processes) Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It has already exited, or its tree changed while being walked: nothing is left to stop.
        }
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            lock (Gate)
            {
                remove();
            }
        }
    }
}
