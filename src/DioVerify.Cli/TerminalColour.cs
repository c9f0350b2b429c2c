namespace DioVerify.Cli;

/// <summary>
/// Colours the glyph rows of sector maps with ANSI escapes when stdout is a terminal and <c>NO_COLOR</c>
/// is unset (https://no-color.org). The reports themselves stay plain text; this is the CLI's last step.
/// </summary>
public static class TerminalColour
{
    private const string Reset = "\u001b[0m";

    /// <summary>True when stdout is a terminal and the user has not asked for no colour.</summary>
    public static bool Enabled =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary><paramref name="text"/> coloured if <see cref="Enabled"/>, else unchanged.</summary>
    public static string ForStdout(string text) => Enabled ? Apply(text) : text;

    /// <summary>Colours the glyphs of sector-map rows (<c>  sectors </c>, <c>  blocks  </c>); other lines are untouched.</summary>
    public static string Apply(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith("  sectors ", StringComparison.Ordinal) && !line.StartsWith("  blocks  ", StringComparison.Ordinal)) continue;
            var blocks = line[2] == 'b';
            if (line.Length > 10 && line[10] == '[')
            {
                // A row of the runs table: "  sectors [start, end)  G xCOUNT description".
                var glyph = line.IndexOf(")  ", StringComparison.Ordinal) + 3;
                if (glyph > 2 && glyph < line.Length) lines[i] = line[..glyph] + Paint(line[glyph], blocks) + line[(glyph + 1)..];
                continue;
            }

            lines[i] = line[..10] + string.Concat(line[10..].Select(c => Paint(c, blocks)));
        }

        return string.Join('\n', lines);
    }

    private static string Paint(char glyph, bool block)
    {
        var code = (block, glyph) switch
        {
            (false, '#') => "32",     // durable: green
            (false, 'x') => "1;31",   // failed: bold red
            (false, '-') => "90",     // never submitted: grey
            (false, 'o') => "34",     // old data: blue
            (false, 'z') => "33",     // allocated, unwritten: yellow
            (false, '.') => "2",      // hole: dim
            (true, 'E') => "34",      // existing: blue
            (true, 'K') => "32",      // new, kept: green
            (true, 'F') => "90",      // new, freed: grey
            (true, '.') => "2",
            _ => null,
        };
        return code is null ? glyph.ToString() : $"\u001b[{code}m{glyph}{Reset}";
    }
}
