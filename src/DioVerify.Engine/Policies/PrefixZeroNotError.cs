using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Engine.Policies;

/// <summary>Turns an error into a zero-byte success, which callers read as end of progress, not failure.</summary>
public sealed class PrefixZeroNotError : IPolicy
{
    public string Name => "prefix-zero-not-error";

    public string Rule => "as contiguous-prefix, but where it would return an error it returns 0 bytes";

    public ExpectedVerdicts Expected { get; } = ExpectedVerdicts.Violates((P7, "a failed write reports success of 0 bytes"));

    public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s)
    {
        var returned = Rules.ContiguousPrefix(a, g, s);
        return Rules.Cleanup(a, g, a.Max(returned, a.Int(0)), returned);
    }
}
