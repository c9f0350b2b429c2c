using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// Test-only: reports <c>len + B·Div(P − len, B)</c>, meant as "the prefix rounded to whole blocks from the end".
/// <c>P − len</c> is negative on a short write, so the result depends on how <c>Div</c> rounds a negative
/// dividend: with the algebra's floor (Euclidean) it rounds down, to 0 or below for a short prefix.
/// </summary>
public sealed class WholeBlocksByNegativeDiv : IPolicy
{
    public string Name => "test-whole-blocks-by-negative-div";

    public string Rule => "P > 0 → len + B·Div(P − len, B); else as contiguous-prefix";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates(
        (P2, "not when len is not a multiple of B"), (P3, "rounds P down"), (P7, "a short prefix gives 0 or a negative count"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var p = Rules.ContiguousPrefix(a, g, s);
        var rounded = a.Add(g.Length, a.Mul(g.BlockSize, a.Div(a.Sub(p, g.Length), g.BlockSize)));
        return Rules.Report(a, g, a.Ite(a.Lt(a.Int(0), p), rounded, p));
    }
}
