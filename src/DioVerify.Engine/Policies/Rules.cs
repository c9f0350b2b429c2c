using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Policies;

/// <summary>Building blocks shared by the policy definitions: Morton's rule and the default cleanup.</summary>
public static class Rules
{
    /// <summary>The prefix the engine tracked: from <c>off</c> to the lowest failed BIO, or to the cut.</summary>
    public static TInt TrackedPrefix<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s) =>
        a.Sub(s.LowestFailedStart, g.Offset);

    /// <summary>
    /// Morton's rule (lkml, 2010-03-01): "identify the number of successfully-written bytes between
    /// start-of-request and first-EIO and then return that"; with none, EIO if BIO 0 failed, else ENOSPC.
    /// </summary>
    public static TInt ContiguousPrefix<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var p = TrackedPrefix(a, g, s);
        var firstBioFailed = a.And(s.AnyFailed, a.Eq(s.LowestFailedStart, g.Offset));
        return a.Ite(a.Lt(a.Int(0), p), p, a.Ite(firstBioFailed, a.Int(-Errno.EIO), a.Int(-Errno.ENOSPC)));
    }

    /// <summary>
    /// <paramref name="bytesOrError"/> if it is a positive count, else <paramref name="otherwise"/>:
    /// the "x &gt; 0 → x; else …" shape of most rules.
    /// </summary>
    public static TInt PositiveOr<TBool, TInt>(IAlgebra<TBool, TInt> a, TInt bytesOrError, TInt otherwise) =>
        a.Ite(a.Lt(a.Int(0), bytesOrError), bytesOrError, otherwise);

    /// <summary>
    /// The catalog's default cleanup for a result of <paramref name="bytes"/>: on success (<c>&gt; 0</c>) the
    /// size becomes <c>max(isize, off + bytes)</c> and new blocks from <c>roundUp(off + bytes, B)</c> are freed;
    /// otherwise the size is unchanged and every new block is freed.
    /// </summary>
    public static Decision<TInt> Cleanup<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, TInt returned, TInt bytes)
    {
        var success = a.Lt(a.Int(0), bytes);
        var writtenEnd = a.Add(g.Offset, bytes);
        return new Decision<TInt>(
            returned,
            a.Ite(success, a.Max(g.FileSize, writtenEnd), g.FileSize),
            a.Ite(success, writtenEnd, a.Int(0)));
    }

    /// <summary><see cref="Cleanup"/> for a policy that reports exactly the bytes it keeps.</summary>
    public static Decision<TInt> Report<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, TInt returned) =>
        Cleanup(a, g, returned, returned);
}
