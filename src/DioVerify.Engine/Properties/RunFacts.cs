using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Properties;

/// <summary>
/// What the properties judge one run by. <see cref="Prefix"/> and <see cref="AnyFailed"/> are
/// recomputed here from the outcome vector, in file order, independently of what the engine tracked,
/// so an engine bug cannot make the oracle agree with it.
/// </summary>
public readonly struct RunFacts<TBool, TInt>
{
    public RunFacts(IAlgebra<TBool, TInt> a, BioLayout<TBool, TInt> layout, IReadOnlyList<TBool> failed, Outcome<TInt> outcome)
    {
        Layout = layout;
        Failed = failed;
        Outcome = outcome;

        // P = start of the lowest-indexed failed BIO - off, or cut - off if none failed (SPEC "Definitions").
        var g = layout.Geometry;
        var firstFailure = g.Cut;
        var anyFailed = a.Bool(false);
        for (var k = layout.Count - 1; k >= 0; k--)
        {
            firstFailure = a.Ite(failed[k], layout.Starts[k], firstFailure);
            anyFailed = a.Or(anyFailed, failed[k]);
        }

        Prefix = a.Sub(firstFailure, g.Offset);
        AnyFailed = anyFailed;
    }

    public BioLayout<TBool, TInt> Layout { get; }

    public Geometry<TBool, TInt> Geometry => Layout.Geometry;

    public IReadOnlyList<TBool> Failed { get; }

    public Outcome<TInt> Outcome { get; }

    /// <summary>The contiguous durable prefix <c>P</c>, in bytes from <c>off</c>.</summary>
    public TInt Prefix { get; }

    /// <summary><c>EIO?</c>: some BIO failed.</summary>
    public TBool AnyFailed { get; }

    public TInt Returned => Outcome.Returned;
}
