using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P2 completeness: a clean, uncut write reports all of it.</summary>
public sealed class Completeness : IRunProperty
{
    public PropertyId Id => PropertyId.P2;

    public string Name => "completeness";

    public string Formal => "¬EIO? ∧ ¬CUT? ⇒ R = len";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        var clean = a.And(a.Not(f.AnyFailed), a.Not(f.Geometry.IsCut));
        return a.Implies(clean, a.Eq(f.Returned, f.Geometry.Length));
    }
}
