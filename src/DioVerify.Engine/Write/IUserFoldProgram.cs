using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Write;

/// <summary>
/// A policy's own folds over the completions, as the engine runs them: their values at submit and their update when a
/// BIO completes, written once over the algebra (a rule file compiles its <c>fold</c>s into one per algebra).
/// </summary>
public interface IUserFoldProgram<TBool, TInt>
{
    /// <summary>The folds, in the order the rule declares them.</summary>
    IReadOnlyList<UserFoldDeclaration> Declared { get; }

    /// <summary>Every fold's initial value, right after submit.</summary>
    UserFolds<TBool, TInt> Submit(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g);

    /// <summary>Every fold updated from its previous value (in <paramref name="previous"/>) by the BIO <c>[start, end)</c>.</summary>
    UserFolds<TBool, TInt> Complete(IAlgebra<TBool, TInt> a, UserFolds<TBool, TInt> previous, TInt start, TInt end, TBool failed);
}
