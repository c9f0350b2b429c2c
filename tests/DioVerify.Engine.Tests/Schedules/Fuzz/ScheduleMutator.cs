using System.Text;

namespace DioVerify.Engine.Tests.Schedules.Fuzz;

/// <summary>
/// Ways a hostile or careless user can damage schedule text: raw byte edits, invalid UTF-8, <c>\u</c>
/// escapes (lone surrogates, controls, pairs), huge and fractional numbers, deep nesting, repeated
/// keys, long lists, truncation. Each returns new bytes, or null when it does not apply.
/// </summary>
internal sealed class ScheduleMutator(Random rng)
{
    private static readonly string[] Numbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999999999", "1e400", "-1e400", "1.5", "-0", "0.0", "1E3", "-1", "4611686018427387904",
        "00", "0x10", "NaN", "Infinity",
    ];

    private static readonly string[] Escapes =
    [
        "\\ud83d", "\\udc00", "\\udbff", "\\ud83d\\ude00", "\\ud83d\\u0041", "\\u0000", "\\u0001", "\\u001b[31m",
        "\\u202e", "\\u2066", "\\u0085", "\\uFFFF", "\\uFEFF", "\\u00", "\\uZZZZ", "\\x41", "\\", "\\\"",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE, 0xFE],
    ];

    public IReadOnlyList<(string Name, Func<byte[], byte[]?> Mutate)> All =>
    [
        ("flip a byte", FlipByte),
        ("insert random bytes", InsertBytes),
        ("delete a span", DeleteSpan),
        ("truncate", t => t.Length < 2 ? null : t[..rng.Next(t.Length)]),
        ("invalid UTF-8 in a string", t => IntoString(t, InvalidUtf8[rng.Next(InvalidUtf8.Length)])),
        ("invalid UTF-8 anywhere", t => Insert(t, rng.Next(t.Length + 1), InvalidUtf8[rng.Next(InvalidUtf8.Length)])),
        ("\\u escape in a string", t => IntoString(t, Encoding.ASCII.GetBytes(Escapes[rng.Next(Escapes.Length)]))),
        ("random \\u escape in a string", t => IntoString(t, Encoding.ASCII.GetBytes($"\\u{rng.Next(0x10000):x4}"))),
        ("raw control or bidi character in a string", t => IntoString(t, Encoding.UTF8.GetBytes(((char)Pick(0x01, 0x1b, 0x7f, 0x9b, 0x202e, 0x2066)).ToString()))),
        ("huge or odd number", ReplaceNumber),
        ("deep nesting", DeepNesting),
        ("duplicated key", DuplicateLine),
        ("swap two lines", SwapLines),
        ("long list", LongList),
        ("trailing garbage", t => [.. t, .. Encoding.ASCII.GetBytes(Pick("x", "{}", "\n\n", " 1", "]"))]),
        ("string replaces a value", t => ReplaceValue(t, Pick("\"ok\"", "\"\"", "\"P07\"", "\"07\"", "true", "null", "[]", "{}"))),
    ];

    private T Pick<T>(params T[] options) => options[rng.Next(options.Length)];

    private byte[] FlipByte(byte[] t)
    {
        if (t.Length == 0) return [(byte)rng.Next(256)];
        var copy = (byte[])t.Clone();
        copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
        return copy;
    }

    private byte[] InsertBytes(byte[] t)
    {
        var bytes = new byte[rng.Next(1, 4)];
        rng.NextBytes(bytes);
        return Insert(t, rng.Next(t.Length + 1), bytes);
    }

    private byte[]? DeleteSpan(byte[] t)
    {
        if (t.Length < 2) return null;
        var at = rng.Next(t.Length);
        var count = Math.Min(rng.Next(1, 12), t.Length - at);
        return [.. t[..at], .. t[(at + count)..]];
    }

    /// <summary>Puts bytes just after the opening quote of a random string (a field name or a value).</summary>
    private byte[]? IntoString(byte[] t, byte[] bytes)
    {
        var quotes = Enumerable.Range(0, t.Length).Where(i => t[i] == (byte)'"').ToList();
        return quotes.Count == 0 ? null : Insert(t, quotes[rng.Next(quotes.Count)] + 1, bytes);
    }

    private byte[]? ReplaceNumber(byte[] t)
    {
        var text = Encoding.UTF8.GetString(t);
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
        if (digits.Count == 0) return null;
        var start = digits[rng.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return Encoding.UTF8.GetBytes(text[..start] + Pick(Numbers) + text[end..]);
    }

    private byte[]? DeepNesting(byte[] t)
    {
        var depth = rng.Next(2, 200);
        var (open, close) = rng.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return ReplaceValue(t, string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));
    }

    /// <summary>Replaces the value after a random colon (up to the next comma or line end) with <paramref name="value"/>.</summary>
    private byte[]? ReplaceValue(byte[] t, string value)
    {
        var text = Encoding.UTF8.GetString(t);
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
        if (colons.Count == 0) return null;
        var start = colons[rng.Next(colons.Count)] + 1;
        var end = text.IndexOfAny([',', '\n'], start);
        if (end < 0) end = text.Length;
        return Encoding.UTF8.GetBytes(text[..start] + " " + value + text[end..]);
    }

    private byte[]? DuplicateLine(byte[] t)
    {
        var lines = Lines(t);
        if (lines.Count < 3) return null;
        var i = rng.Next(1, lines.Count - 1);
        lines.Insert(rng.Next(1, lines.Count - 1), lines[i].EndsWith(',') ? lines[i] : lines[i] + ",");
        return Join(lines);
    }

    private byte[]? SwapLines(byte[] t)
    {
        var lines = Lines(t);
        if (lines.Count < 3) return null;
        var (i, j) = (rng.Next(lines.Count), rng.Next(lines.Count));
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return Join(lines);
    }

    /// <summary>Repeats the first entry of a list many times: every list has a limit, none is unbounded.</summary>
    private byte[]? LongList(byte[] t)
    {
        var text = Encoding.UTF8.GetString(t);
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0) return null;
        var entry = Pick("\"ok\"", "0", "1");
        return Encoding.UTF8.GetBytes(text[..(open + 1)] + string.Join(", ", Enumerable.Repeat(entry, rng.Next(5, 2000))) + ", " + text[(open + 1)..]);
    }

    private static List<string> Lines(byte[] t) => [.. Encoding.UTF8.GetString(t).Split('\n')];

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static byte[] Insert(byte[] t, int at, byte[] bytes) => [.. t[..at], .. bytes, .. t[at..]];
}
