using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>The model behind a <see cref="SolverVerdict.Sat"/> answer, evaluated with model completion.</summary>
/// <remarks>
/// Valid only inside the <see cref="Z3Session.Run{T}"/> callback that produced it: the wrapped Z3 objects
/// may only be touched under the context lock. Completion gives every symbol the model leaves
/// unconstrained a value, so a term over such symbols still evaluates to a constant.
/// </remarks>
public sealed class SatModel
{
    private readonly Z3Scope scope;
    private readonly Model model;

    internal SatModel(Z3Scope scope, Model model)
    {
        this.scope = scope;
        this.model = model;
    }

    /// <summary>The value of an integer term in this model.</summary>
    /// <exception cref="OverflowException">The value does not fit in a <see cref="long"/>.</exception>
    public long Int(IntExpr term)
    {
        var value = Evaluate(term);
        if (value is not IntNum number)
        {
            throw new InvalidOperationException($"Z3 did not evaluate {term} to an integer numeral but to {value}.");
        }

        var big = number.BigInteger;
        if (big < long.MinValue || big > long.MaxValue)
        {
            throw new OverflowException($"The model value of {term} is {big}, outside the 64-bit range.");
        }

        return (long)big;
    }

    /// <summary>The value of a boolean term in this model.</summary>
    public bool Bool(BoolExpr term)
    {
        var value = Evaluate(term);
        return value.BoolValue switch
        {
            Z3_lbool.Z3_L_TRUE => true,
            Z3_lbool.Z3_L_FALSE => false,
            _ => throw new InvalidOperationException($"Z3 did not evaluate {term} to true or false but to {value}."),
        };
    }

    private Expr Evaluate(Expr term)
    {
        scope.EnsureOpen();
        return model.Eval(term, completion: true);
    }
}
