using DioVerify.Smt.Native;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Owns one Z3 <see cref="Context"/> and runs every use of it under <c>lock(context)</c>.</summary>
/// <remarks>
/// <para>
/// On libz3 4.8.12 the compat shim turns <c>Z3_enable_concurrent_dec_ref</c> into a no-op, so the
/// wrapper's finalizers, which call <c>*_dec_ref</c> under <c>lock(context)</c> from the finalizer
/// thread, race with any use of the context not under that same lock (measured: crashes without it,
/// clean with it). Hence all work goes through <see cref="Run{T}"/>, whose callback receives a
/// <see cref="Z3Scope"/> valid only while the lock is held; terms, algebra and models created in it
/// must not escape it.
/// </para>
/// <para>
/// Never call <see cref="GC.WaitForPendingFinalizers"/> inside a callback: the finalizers it waits for
/// need the lock the callback holds.
/// </para>
/// </remarks>
public sealed class Z3Session : IDisposable
{
    private readonly Context context;
    private bool disposed;

    /// <exception cref="Z3UnavailableException">Z3 is missing or too old on this machine.</exception>
    public Z3Session()
    {
        Z3NativeLoader.EnsureLoaded();
        context = new Context(new Dictionary<string, string> { ["model"] = "true" });
    }

    /// <summary>Runs <paramref name="work"/> with exclusive use of the context and returns its result.</summary>
    public T Run<T>(Func<Z3Scope, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (context)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var scope = new Z3Scope(context);
            try
            {
                return work(scope);
            }
            finally
            {
                scope.Close();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> with exclusive use of the context.</summary>
    public void Run(Action<Z3Scope> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Run<object?>(scope =>
        {
            work(scope);
            return null;
        });
    }

    public void Dispose()
    {
        lock (context)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;

            // The wrapper defers deleting the native context until its last term is finalized.
            context.Dispose();
        }
    }
}
