using System.Runtime.ExceptionServices;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Check.Proving;

/// <summary>
/// The one way obligations are decided, for <c>prove</c> and <c>check</c> alike: each in a fresh Z3 context,
/// <c>jobs</c> at a time, results in the obligations' order whatever order they finish in.
/// </summary>
public static class ObligationRunner
{
    /// <param name="decide">What to do with each obligation, given a prover on its own fresh context.</param>
    public static IReadOnlyList<T> Run<T>(
        IReadOnlyList<Obligation> obligations, int jobs, TimeSpan timeout, IProgress<long> progress, Func<Prover, Obligation, T> decide)
    {
        var results = new T[obligations.Count];
        try
        {
            Parallel.For(0, obligations.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, (i, loop) =>
            {
                // After Ctrl-C no new obligation starts; the running ones come back unknown at once.
                if (RunningSolvers.Stopped)
                {
                    loop.Stop();
                    return;
                }

                // A fresh context per obligation: Z3's search depends on what a context has seen, and an obligation
                // decided in 0.2 s alone was seen to time out after others in a shared one.
                using var session = new Z3Session();
                results[i] = decide(new Prover(session, timeout, VersionStamp.ProducedBy), obligations[i]);
                progress.Report(1);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first worker's failure, as a sequential run would have raised it (e.g. libz3 missing).
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        if (RunningSolvers.Stopped) throw new OperationCanceledException("interrupted: not every obligation was decided");
        return results;
    }
}
