using System.Runtime.InteropServices;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.Solving;

/// <summary>
/// Ctrl-C belongs to the process (issue 13, item 10): libz3 swaps its own SIGINT handler in for every check
/// unless the solver's <c>ctrl_c</c> parameter is false (measured on 4.8.12), which swallowed Ctrl-C during
/// <c>prove</c>.
/// </summary>
public sealed partial class Z3LeavesTheProcessSignalHandlersAlone : IDisposable
{
    private const int Sigint = 2;

    /// <summary>sizeof(struct sigaction) on x86-64 glibc is 152; the handler is its first field. Room to spare.</summary>
    private const int SigactionSize = 256;

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("QF_NIA")]
    public async Task The_SIGINT_handler_during_a_check_is_the_one_installed_before_it(string? logic)
    {
        var before = SigintHandler();
        using var started = new ManualResetEventSlim();
        var checking = Task.Run(() => session.Run(scope =>
        {
            var hard = Problems.Hard(scope);
            started.Set();
            return scope.Check(hard, TimeSpan.FromSeconds(3), logic: logic);
        }));
        started.Wait();

        // Well inside the 3 s check (Fermat's cubes: Z3 4.8.12 searches for minutes).
        await Task.Delay(1000);
        var during = SigintHandler();
        var result = await checking;

        Assert.Equal(SolverVerdict.Unknown, result.Verdict);
        Assert.True(before == during, $"libz3 replaced the SIGINT handler during the check: 0x{before:x} before, 0x{during:x} during");
    }

    private static nint SigintHandler()
    {
        var old = new byte[SigactionSize];
        Assert.Equal(0, Sigaction(Sigint, IntPtr.Zero, old));
        return (nint)BitConverter.ToInt64(old, 0);
    }

    [DllImport("libc", EntryPoint = "sigaction")]
    private static extern int Sigaction(int signal, IntPtr action, [Out] byte[] old);
}
