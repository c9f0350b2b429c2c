using System.Globalization;
using System.Text;

namespace DioVerify.Reporting;

/// <summary>
/// Makes text that came from a user's file (a schedule's <c>producedBy</c>, an error that echoes input)
/// safe to print: every character that could steer a terminal or reorder what is shown becomes a visible
/// <c>\uXXXX</c>, so the output shows what the file holds and nothing the file wants the screen to do.
/// </summary>
/// <remarks>
/// Neutralised: C0 controls (ESC starts every terminal escape sequence; CR and BS overwrite what was
/// printed; LF forges lines), DEL, C1 controls (U+009B is a one-character CSI), the bidirectional
/// embeddings, overrides, isolates and marks (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069:
/// "Trojan Source" reordering), the line and paragraph separators, and unpaired surrogates. A visible
/// escape rather than U+FFFD or deletion: whoever investigates the file sees which character was there.
/// </remarks>
public static class TerminalText
{
    /// <summary>The text with every unsafe character as <c>\uXXXX</c>; text without one is returned as is.</summary>
    public static string Neutralise(string text) => Neutralise(text, keepLineBreaks: false);

    /// <summary>
    /// As <see cref="Neutralise(string)"/>; with <paramref name="keepLineBreaks"/>, tab, LF and CR stay (for
    /// multi-line text whose layout is the tool's own, such as a page's text nodes).
    /// </summary>
    public static string Neutralise(string text, bool keepLineBreaks)
    {
        var first = FirstUnsafe(text, keepLineBreaks);
        if (first < 0) return text;
        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c, keepLineBreaks))
            {
                safe.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static int FirstUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (IsUnsafe(c, keepLineBreaks)) return i;
        }

        return -1;
    }

    /// <summary>Unsafe on its own; a surrogate reaches here only when it is unpaired.</summary>
    private static bool IsUnsafe(char c, bool keepLineBreaks) =>
        c switch
        {
            '\t' or '\n' or '\r' => !keepLineBreaks,
            < ' ' or (>= '\u007f' and <= '\u009f') => true,
            '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => true,
            '\u2028' or '\u2029' or '\ufffe' or '\uffff' => true,
            _ => char.IsSurrogate(c),
        };
}
