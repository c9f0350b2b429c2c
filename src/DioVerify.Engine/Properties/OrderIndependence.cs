using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;

namespace DioVerify.Engine.Properties;

/// <summary>
/// P6 order-independence: <c>R</c>, the new size and the kept blocks are the same for every arrival
/// order of the same outcomes. A relation between two runs, so it is judged on a pair.
/// </summary>
public static class OrderIndependence
{
    public const string Name = "order-independence";

    public const string Formal = "R, newSize and the kept blocks are the same for every arrival order of the same outcomes";

    /// <summary>Two runs of the same request and outcomes agree on everything observable.</summary>
    public static TBool Agree<TBool, TInt>(IAlgebra<TBool, TInt> a, Outcome<TInt> first, Outcome<TInt> second) =>
        a.And(
            a.Eq(first.Returned, second.Returned),
            a.And(a.Eq(first.NewSize, second.NewSize), a.Eq(first.KeptEnd, second.KeptEnd)));
}
