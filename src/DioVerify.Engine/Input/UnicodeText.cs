using System.Buffers;
using System.Globalization;
using System.Text;

namespace DioVerify.Engine.Input;

/// <summary>Finds where raw JSON string content stops being valid Unicode, so the error can point there.</summary>
public static class UnicodeText
{
    /// <summary>Index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }

        return -1;
    }

    /// <summary>
    /// Index of the first <c>\uXXXX</c> escape (in still-escaped JSON string content) that is a high
    /// surrogate not followed by a low-surrogate escape, or a low surrogate not preceded by a high one; or -1.
    /// </summary>
    public static int FirstLoneSurrogateEscape(ReadOnlySpan<byte> escaped)
    {
        for (var i = 0; i < escaped.Length;)
        {
            if (escaped[i] != (byte)'\\' || i + 1 >= escaped.Length)
            {
                i++;
                continue;
            }

            if (escaped[i + 1] != (byte)'u' || !TryHex(escaped, i + 2, out var unit))
            {
                i += 2;
                continue;
            }

            if (char.IsLowSurrogate(unit)) return i;
            if (!char.IsHighSurrogate(unit))
            {
                i += 6;
                continue;
            }

            var pairs = i + 7 < escaped.Length && escaped[i + 6] == (byte)'\\' && escaped[i + 7] == (byte)'u'
                && TryHex(escaped, i + 8, out var next) && char.IsLowSurrogate(next);
            if (!pairs) return i;
            i += 12;
        }

        return -1;
    }

    private static bool TryHex(ReadOnlySpan<byte> text, int at, out char unit)
    {
        unit = '\0';
        if (at + 4 > text.Length) return false;
        if (!ushort.TryParse(Encoding.ASCII.GetString(text.Slice(at, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
        unit = (char)value;
        return true;
    }
}
