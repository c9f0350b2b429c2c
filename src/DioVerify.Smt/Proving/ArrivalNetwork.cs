using DioVerify.Engine.Algebra;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// A symbolic arrival order as an odd–even transposition network: n rounds of neighbour swaps, each
/// swap a free boolean. Every choice of swaps is a permutation by construction and every permutation
/// is reachable (the network sorts any input), so no <c>distinct</c> constraint and no integer index
/// arithmetic is needed — the encoding that keeps permutations cheap for the solver.
/// </summary>
public sealed class ArrivalNetwork
{
    private readonly List<BoolExpr> _swaps = [];

    public ArrivalNetwork(Context context, string name, int count)
    {
        for (var round = 0; round < count; round++)
        {
            for (var i = round % 2; i + 1 < count; i += 2)
            {
                _swaps.Add(context.MkBoolConst($"{name}_r{round}_s{i}"));
            }
        }

        Count = count;
    }

    public int Count { get; }

    /// <summary>Routes <paramref name="items"/> (in file order) through the network: element j is the j-th to arrive.</summary>
    public IReadOnlyList<T> Route<T>(IReadOnlyList<T> items, Func<BoolExpr, T, T, T> ite)
    {
        var lanes = items.ToArray();
        var swap = 0;
        for (var round = 0; round < Count; round++)
        {
            for (var i = round % 2; i + 1 < Count; i += 2)
            {
                var s = _swaps[swap++];
                (lanes[i], lanes[i + 1]) = (ite(s, lanes[i + 1], lanes[i]), ite(s, lanes[i], lanes[i + 1]));
            }
        }

        return lanes;
    }

    /// <summary>The arrival order as BIO indices: routes the constants 0..n-1.</summary>
    public IReadOnlyList<IntExpr> Indices(IAlgebra<BoolExpr, IntExpr> a) =>
        Route([.. Enumerable.Range(0, Count).Select(k => a.Int(k))], a.Ite);
}
