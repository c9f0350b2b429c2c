using DioVerify.Engine.Algebra;

namespace DioVerify.Engine.Properties;

/// <summary>P7 error-honesty: the error names what happened, and success is never 0 bytes.</summary>
public sealed class ErrorHonesty : IRunProperty
{
    public PropertyId Id => PropertyId.P7;

    public string Name => "error-honesty";

    public string Formal => "R an error ⇒ (R = EIO ∧ EIO?) ∨ (R = ENOSPC ∧ CUT?); R a count ⇒ R > 0";

    public TBool Holds<TBool, TInt>(IAlgebra<TBool, TInt> a, in RunFacts<TBool, TInt> f)
    {
        var r = f.Returned;
        var honestEio = a.And(a.Eq(r, a.Int(-Model.Errno.EIO)), f.AnyFailed);
        var honestEnospc = a.And(a.Eq(r, a.Int(-Model.Errno.ENOSPC)), f.Geometry.IsCut);
        return a.IteBool(a.Lt(r, a.Int(0)), a.Or(honestEio, honestEnospc), a.Lt(a.Int(0), r));
    }
}
