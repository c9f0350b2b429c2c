using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P1 prefix-safety: the returned count never exceeds the contiguous durable prefix.</summary>
public sealed class PrefixSafety : IRunProperty
{
    public PropertyId Id => PropertyId.P1;

    public string Name => "prefix-safety";

    public string Formal => "R >= 0 ⇒ R <= P";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        return a.Implies(a.Le(a.Int(0), f.Returned), a.Le(f.Returned, f.Prefix));
    }
}
