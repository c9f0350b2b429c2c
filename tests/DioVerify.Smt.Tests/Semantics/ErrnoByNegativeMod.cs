using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Test-only: contiguous-prefix whose error path computes the errno as <c>-Mod(P − EIO, 64)</c> (P = 0 there), expecting
/// C#'s <c>-(−5 % 64) = 5</c>. Under the algebra's Euclidean <c>Mod</c> that is <c>-59</c>, a nonsense errno,
/// in both interpretations alike.
/// </summary>
public sealed class ErrnoByNegativeMod : IPolicy
{
    public string Name => "test-errno-by-negative-mod";

    public string Rule => "P > 0 → P; else -Mod(P − EIO, 64)";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P7, "errno 59 is neither EIO nor ENOSPC"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var p = Rules.TrackedPrefix(a, g, s);
        var code = a.Mod(a.Sub(p, a.Int(Errno.EIO)), a.Int(64));
        return Rules.Report(a, g, Rules.PositiveOr(a, p, a.Sub(a.Int(0), code)));
    }
}
