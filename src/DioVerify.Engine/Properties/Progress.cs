using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P3 progress: no durable progress is thrown away (the seed's complaint).</summary>
public sealed class Progress : IRunProperty
{
    public PropertyId Id => PropertyId.P3;

    public string Name => "progress";

    public string Formal => "P > 0 ⇒ R = P";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        return a.Implies(a.Lt(a.Int(0), f.Prefix), a.Eq(f.Returned, f.Prefix));
    }
}
