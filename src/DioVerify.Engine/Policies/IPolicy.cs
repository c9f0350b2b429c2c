using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Policies;

/// <summary>
/// One return-value policy: the rule applied at <c>finish</c>, written once over the algebra so the
/// reference engine and the SMT encoding run the same definition.
/// </summary>
public interface IPolicy
{
    /// <summary>The catalog name, kebab-case, as users type it.</summary>
    string Name { get; }

    /// <summary>The return rule in one line.</summary>
    string Rule { get; }

    /// <summary>Which properties this policy is expected to break; it must satisfy all the others.</summary>
    ExpectedVerdicts Expected { get; }

    /// <summary>The return value and cleanup, from what the engine observed.</summary>
    Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s);

    /// <summary>
    /// The policy's own folds over the completions (a rule file's <c>fold</c>s), whose values the engine carries in its
    /// state for <see cref="Finish"/> to read; null when it has none, as the built-in catalog does.
    /// </summary>
    IUserFoldProgram<TBool, TInt>? UserFolds<TBool, TInt>() => null;

    /// <summary>
    /// Whether <see cref="UserFolds{TBool, TInt}"/> gives any: asked by the engine at every submit, where a plain property
    /// is cheaper than the generic method's dispatch (measured: exploration ran about 8% slower asking the method).
    /// </summary>
    bool HasUserFolds => false;
}
