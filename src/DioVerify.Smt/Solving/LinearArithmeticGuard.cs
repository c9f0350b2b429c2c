using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Refuses a nonlinear term in assertions meant for a linear-arithmetic logic (QF_LIA, QF_LRA, QF_UFLIA, …).</summary>
/// <remarks>
/// Nonlinear means what the SMT-LIB linear logics exclude: a product with two or more non-numeral factors, or
/// <c>div</c>, <c>mod</c>, <c>rem</c> or <c>/</c> by a non-numeral. The walk is iterative (formulas are deep) and
/// visits each node once by its AST id: the encodings share subterms heavily, and a tree walk of a DAG is exponential.
/// </remarks>
internal static partial class LinearArithmeticGuard
{
    private const int TermLength = 200;

    /// <summary>Whether <paramref name="logic"/> is one of the linear-arithmetic logics this guard applies to.</summary>
    public static bool Applies(string logic) => LinearLogic().IsMatch(logic);

    /// <exception cref="LogicViolationException">An assertion contains a nonlinear term.</exception>
    public static void Check(IReadOnlyList<BoolExpr> assertions, string logic)
    {
        var visited = new HashSet<uint>();
        var pending = new Stack<(Expr Term, bool Owned)>();
        foreach (var assertion in assertions) pending.Push((assertion, false));
        while (pending.Count > 0)
        {
            var (term, owned) = pending.Pop();
            try
            {
                if (!visited.Add(term.Id)) continue;
                if (Violation(term) is { } reason) throw new LogicViolationException(logic, Render(term), reason);
                if (term is Quantifier quantifier)
                {
                    pending.Push((quantifier.Body, true));
                }
                else if (term.IsApp)
                {
                    foreach (var argument in term.Args) pending.Push((argument, true));
                }
            }
            finally
            {
                // Wrappers made by Args are released now rather than by the finalizer thread, which would need the context's lock.
                if (owned) term.Dispose();
            }
        }
    }

    private static string? Violation(Expr term)
    {
        if (!term.IsApp || term.NumArgs < 2) return null;
        if (term.IsMul)
        {
            return term.Args.Count(a => !IsNumeral(a)) >= 2 ? "product of two non-numeral terms" : null;
        }

        if (term.IsIDiv || term.IsModulus || term.IsRemainder || term.IsDiv)
        {
            return term.Args.Skip(1).Any(a => !IsNumeral(a)) ? $"{term.FuncDecl.Name} by a non-numeral term" : null;
        }

        return null;
    }

    /// <summary>A numeral, or the negation of one (how a negative constant may be written).</summary>
    private static bool IsNumeral(Expr term) => term.IsNumeral || (term.IsUMinus && term.NumArgs == 1 && IsNumeral(term.Args[0]));

    /// <summary>The term in SMT-LIB syntax, three levels deep and at most <see cref="TermLength"/> characters.</summary>
    private static string Render(Expr term)
    {
        var text = new StringBuilder();
        Append(term, 3);
        return text.Length > TermLength ? text.ToString(0, TermLength) + "…" : text.ToString();

        void Append(Expr e, int depth)
        {
            if (text.Length > TermLength) return;
            if (!e.IsApp || e.NumArgs == 0)
            {
                var leaf = e.ToString();
                text.Append(leaf.Length > TermLength ? leaf[..TermLength] : leaf);
                return;
            }

            if (depth == 0)
            {
                text.Append('…');
                return;
            }

            text.Append('(').Append(e.FuncDecl.Name);
            foreach (var argument in e.Args)
            {
                text.Append(' ');
                Append(argument, depth - 1);
            }

            text.Append(')');
        }
    }

    [GeneratedRegex("L(IA|RA|IRA)$")]
    private static partial Regex LinearLogic();
}
