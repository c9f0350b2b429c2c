using System.Runtime.InteropServices;
using DioVerify.Smt.Solving;

namespace DioVerify.Cli;

/// <summary>Ctrl-C (and SIGTERM, SIGHUP, SIGQUIT) means stop: every solver interrupted, its processes killed, exit 130.</summary>
/// <remarks>
/// <para>
/// The first signal stops every Z3 check and kills every solver process (<see cref="RunningSolvers"/>), and gives
/// the command <see cref="Grace"/> to return by itself (it then prints what it decided, and
/// <see cref="Complete"/> turns its exit code into 130). A command still running after that, e.g. encoding the
/// next of many obligations, is ended with <c>_exit(130)</c>; so is any run on a second signal. <c>_exit</c> and
/// not <see cref="Environment.Exit"/>: the latter runs libz3's static destructors while worker threads may still
/// be inside libz3.
/// </para>
/// <para>
/// Z3's own SIGINT handler is switched off per solver (<c>ctrl_c</c> false in <see cref="Z3Scope.Check"/>);
/// before that, it took Ctrl-C for the one check running and the run went on.
/// </para>
/// </remarks>
internal sealed partial class Interruption : IDisposable
{
    /// <summary>How long a stopped command may take to return by itself: the issue asks for exit within a second.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    private readonly List<PosixSignalRegistration> registrations = [];
    private int signals;
    private int reported;

    private Interruption()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    /// <summary>Whether a stop signal has arrived.</summary>
    public bool Requested => Volatile.Read(ref signals) > 0;

    /// <summary>Starts handling the stop signals for this run.</summary>
    public static Interruption Install() => new();

    /// <summary>The exit code of a command that returned: 130 if it was interrupted, its own otherwise.</summary>
    public int Complete(int code)
    {
        if (!Requested) return code;
        Report();
        return (int)ExitCode.Interrupted;
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The runtime would otherwise terminate the process at once, leaving solver processes running.
        context.Cancel = true;
        if (Interlocked.Increment(ref signals) > 1)
        {
            RunningSolvers.StopAll();
            Exit();
        }

        RunningSolvers.StopAll();

        // Off the signal-dispatch thread: the runtime also reaps child processes there.
        new Thread(() =>
        {
            Thread.Sleep(Grace);
            RunningSolvers.StopAll();
            Exit();
        })
        {
            IsBackground = true,
            Name = "interruption",
        }.Start();
    }

    private void Report()
    {
        if (Interlocked.Exchange(ref reported, 1) == 0) Console.Error.WriteLine("dioverify: interrupted");
    }

    private void Exit()
    {
        Report();
        ImmediateExit((int)ExitCode.Interrupted);
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ImmediateExit(int status);
}
