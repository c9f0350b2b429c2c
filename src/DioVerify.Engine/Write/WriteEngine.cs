using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;

namespace DioVerify.Engine.Write;

/// <summary>
/// The event-driven write engine: <c>submit</c>, one <c>on_complete</c> per arrival, <c>finish</c>.
/// Written once against the algebra; the policy supplies only the return rule and cleanup.
/// </summary>
public static class WriteEngine
{
    /// <summary>The state right after all BIOs of <c>[off, cut)</c> are submitted, before any completes.</summary>
    public static CompletionState<TBool, TInt> Submit<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        new(
            AnyFailed: a.Bool(false),
            LowestFailedStart: g.Cut,
            OkBytes: a.Int(0),
            HighestOkEnd: g.Offset,
            FailureArrived: a.Bool(false),
            OkBytesBeforeFailure: a.Int(0));

    /// <summary><see cref="Submit{TBool, TInt}(IAlgebra{TBool, TInt}, Geometry{TBool, TInt})"/> with the policy's own folds at their initial values.</summary>
    public static CompletionState<TBool, TInt> Submit<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, IPolicy policy) =>
        policy.HasUserFolds && policy.UserFolds<TBool, TInt>() is { } folds ? Submit(a, g) with { User = folds.Submit(a, g) } : Submit(a, g);

    /// <summary>One BIO <c>[start, end)</c> completes with EIO (<paramref name="failed"/>) or ok.</summary>
    public static CompletionState<TBool, TInt> OnComplete<TBool, TInt>(
        IAlgebra<TBool, TInt> a, CompletionState<TBool, TInt> s, TInt start, TInt end, TBool failed)
    {
        var ok = a.Not(failed);
        var bytes = a.Sub(end, start);
        var zero = a.Int(0);
        var failureArrived = a.Or(s.FailureArrived, failed);
        return new CompletionState<TBool, TInt>(
            AnyFailed: a.Or(s.AnyFailed, failed),
            LowestFailedStart: a.Ite(a.And(failed, a.Lt(start, s.LowestFailedStart)), start, s.LowestFailedStart),
            OkBytes: a.Add(s.OkBytes, a.Ite(ok, bytes, zero)),
            HighestOkEnd: a.Ite(a.And(ok, a.Lt(s.HighestOkEnd, end)), end, s.HighestOkEnd),
            FailureArrived: failureArrived,
            OkBytesBeforeFailure: a.Add(s.OkBytesBeforeFailure, a.Ite(a.Not(failureArrived), bytes, zero)),
            User: s.User?.Complete(a, start, end, failed));
    }

    /// <summary>The policy's decision, with the kept blocks resolved to <c>[FirstNewBlock, KeptEnd)</c>.</summary>
    public static Outcome<TInt> Finish<TBool, TInt>(
        IAlgebra<TBool, TInt> a, IPolicy policy, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var d = policy.Finish(a, g, s);

        // New blocks are block-aligned, so "starts below KeepBelow" keeps those up to roundUp(KeepBelow, B).
        var keepTo = a.RoundUp(a.Max(g.FirstNewBlock, a.Min(d.KeepBelow, g.AllocEnd)), g.BlockSize);
        return new Outcome<TInt>(d.Returned, d.NewSize, a.Min(keepTo, g.AllocEnd));
    }

    /// <summary>
    /// Every state of a run, in order: right after submit, then after each arrival of <paramref name="arrivals"/>
    /// (a BIO's start, end and whether it failed). The story in reports walks it; the symbolic encoding folds it.
    /// With <paramref name="policy"/>, the states carry its own folds too.
    /// </summary>
    public static IEnumerable<CompletionState<TBool, TInt>> States<TBool, TInt>(
        IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, IEnumerable<(TInt Start, TInt End, TBool Failed)> arrivals, IPolicy? policy = null)
    {
        var state = policy is null ? Submit(a, g) : Submit(a, g, policy);
        yield return state;
        foreach (var (start, end, failed) in arrivals)
        {
            state = OnComplete(a, state, start, end, failed);
            yield return state;
        }
    }

    /// <summary>
    /// A whole run: the BIOs of <paramref name="layout"/> complete in <paramref name="arrival"/> order
    /// (arrival[j] is the index of the j-th BIO to complete) with <paramref name="failed"/>[k] its status.
    /// </summary>
    public static Outcome<TInt> Run<TBool, TInt>(
        IAlgebra<TBool, TInt> a,
        IPolicy policy,
        BioLayout<TBool, TInt> layout,
        IReadOnlyList<TBool> failed,
        IReadOnlyList<TInt> arrival)
    {
        // The same steps as States, without an enumerator: exhaustive exploration runs this tens of millions of times a second.
        var state = Submit(a, layout.Geometry, policy);
        for (var j = 0; j < arrival.Count; j++)
        {
            var bio = arrival[j];
            state = OnComplete(a, state, a.Select(bio, layout.Starts), a.Select(bio, layout.Ends), a.SelectBool(bio, failed));
        }

        return Finish(a, policy, layout.Geometry, state);
    }
}
