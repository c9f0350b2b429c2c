using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Renders a solver's assertions as a standalone SMT-LIB2 script that both the z3 and cvc5 CLIs accept.</summary>
internal static partial class SmtLib2Script
{
    /// <remarks>
    /// The solver must not have been checked yet: afterwards Z3 prints <c>model-add</c> lines that cvc5
    /// rejects. The logic line matters for cvc5 (with none or <c>ALL</c>, cvc5 1.0.3 did not answer a
    /// 64-variable problem in 60 s; with <c>QF_LIA</c> it took 1.7 s), and exactly one <c>(check-sat)</c>
    /// ends the script because cvc5 rejects a second one outside incremental mode.
    /// </remarks>
    public static string Render(Solver solver, string logic)
    {
        if (!LogicName().IsMatch(logic))
        {
            throw new ArgumentException($"'{logic}' is not an SMT-LIB logic name such as QF_LIA.", nameof(logic));
        }

        var script = new StringBuilder()
            .Append("(set-option :produce-models true)\n")
            .Append("(set-logic ").Append(logic).Append(")\n");
        foreach (var line in solver.ToString().TrimEnd().Split('\n'))
        {
            if (line.Trim() != "(check-sat)")
            {
                script.Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        return script.Append("(check-sat)\n").ToString();
    }

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex LogicName();
}
