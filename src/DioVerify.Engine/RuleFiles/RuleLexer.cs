using DioVerify.Engine.Input;

namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// Splits a rule file into tokens: words (letters, digits, <c>_</c>), decimal integers, double-quoted strings and
/// the operators. <c>#</c> starts a comment to the end of the line; whitespace and line breaks only separate.
/// </summary>
public static class RuleLexer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "!", "(", ")", ",", "="];

    public static IReadOnlyList<Token> Tokenize(string file, string text)
    {
        var tokens = new List<Token>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        Position At(int offset) => new(line, offset - lineStart + 1);
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                i++;
                line++;
                lineStart = i;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], At(start), start, i - start));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
                {
                    throw Error(file, At(i), $"a number ends with '{text[i]}': write an operator or a space between a number and a name");
                }

                if (!long.TryParse(text.AsSpan(start, i - start), out var value))
                {
                    throw Error(file, At(start), $"the number {text[start..i]} does not fit in a 64-bit integer");
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], At(start), start, i - start, value));
            }
            else if (c == '"')
            {
                var start = i;
                var contents = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length || text[i] == '\n') throw Error(file, At(start), "the string is not closed on its line (a '\"' is missing)");
                    if (text[i] == '"') break;
                    if (text[i] == '\\')
                    {
                        if (i + 1 >= text.Length || text[i + 1] is not ('"' or '\\')) throw Error(file, At(i), "unknown escape in a string (only \\\" and \\\\)");
                        i++;
                    }

                    contents.Append(text[i]);
                    i++;
                }

                i++;
                tokens.Add(new Token(TokenKind.String, contents.ToString(), At(start), start, i - start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
                if (symbol is null)
                {
                    throw Error(file, At(i), char.IsControl(c) || c > '~' ? $"unexpected character U+{(int)c:X4}" : $"unexpected character '{c}'");
                }

                tokens.Add(new Token(TokenKind.Symbol, symbol, At(i), i, symbol.Length));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", At(i), i, 0));
        return tokens;
    }

    internal static BadInputException Error(string file, Position at, string reason) => new(file, at.Line, at.Column, reason);
}
