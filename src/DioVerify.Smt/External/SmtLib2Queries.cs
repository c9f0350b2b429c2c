namespace DioVerify.Smt.External;

/// <summary>How many answers an SMT-LIB2 script asks a solver for: its top-level <c>(check-sat)</c> commands.</summary>
/// <remarks>
/// The count is taken from the very text piped to the solver, so "every answer unsat" means every query was
/// answered, not merely that the answers printed were. Comments, string literals and <c>|quoted symbols|</c>
/// are skipped, because an obligation's case comments name the query they precede and could contain the words.
/// </remarks>
public static class SmtLib2Queries
{
    /// <summary>The number of top-level <c>(check-sat)</c> and <c>(check-sat-assuming …)</c> commands in <paramref name="script"/>.</summary>
    public static int Count(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var count = 0;
        var depth = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            switch (c)
            {
                case ';':
                    i = script.IndexOf('\n', i) is var end and >= 0 ? end + 1 : script.Length;
                    continue;
                case '"':
                    i = SkipQuoted(script, i, '"');
                    continue;
                case '|':
                    i = SkipQuoted(script, i, '|');
                    continue;
                case '(':
                    if (depth == 0 && IsCheckSat(script, i + 1)) count++;
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            i++;
        }

        return count;
    }

    /// <summary>Past the closing delimiter; in SMT-LIB2 a doubled <c>""</c> inside a string is an escaped quote.</summary>
    private static int SkipQuoted(string script, int open, char delimiter)
    {
        var i = open + 1;
        while (i < script.Length)
        {
            if (script[i] == delimiter)
            {
                if (delimiter == '"' && i + 1 < script.Length && script[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return script.Length;
    }

    private static bool IsCheckSat(string script, int start)
    {
        var i = start;
        while (i < script.Length && char.IsWhiteSpace(script[i])) i++;
        var end = i;
        while (end < script.Length && !char.IsWhiteSpace(script[end]) && script[end] is not ('(' or ')' or ';' or '"' or '|')) end++;
        var symbol = script.AsSpan(i, end - i);
        return symbol.SequenceEqual("check-sat") || symbol.SequenceEqual("check-sat-assuming");
    }
}
