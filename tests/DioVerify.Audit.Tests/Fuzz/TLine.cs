using System.Text;

namespace DioVerify.Audit.Tests.Fuzz;

/// <summary>
/// A trace line kept as fields (name, raw JSON value) so mutations can edit one field and know what
/// they broke; <see cref="Raw"/> replaces the rendering for byte-level garbage.
/// </summary>
internal sealed class TLine
{
    public TLine(string kind, int write, params (string Name, string Value)[] fields)
    {
        Kind = kind;
        Write = write;
        Fields = [.. fields];
    }

    public string Kind { get; }

    /// <summary>Index of the write the line belongs to (for garbage: the write it was inserted into).</summary>
    public int Write { get; }

    public List<(string Name, string Value)> Fields { get; }

    public byte[]? Raw { get; init; }

    /// <summary>Spaces after separators, to exercise whitespace handling.</summary>
    public bool Spaced { get; init; }

    public string? Get(string name) => Fields.FirstOrDefault(f => f.Name == name).Value;

    public long Num(string name) => long.Parse(Get(name)!, System.Globalization.CultureInfo.InvariantCulture);

    public void Set(string name, string value)
    {
        var i = Fields.FindIndex(f => f.Name == name);
        Fields[i] = (name, value);
    }

    public TLine Clone() => new(Kind, Write, [.. Fields]) { Raw = Raw, Spaced = Spaced };

    public byte[] Render()
    {
        if (Raw is not null) return Raw;
        var sep = Spaced ? ", " : ",";
        var colon = Spaced ? ": " : ":";
        return Encoding.UTF8.GetBytes("{" + string.Join(sep, Fields.Select(f => $"\"{f.Name}\"{colon}{f.Value}")) + "}");
    }

    public static byte[] Join(IEnumerable<TLine> lines, bool finalNewline = true)
    {
        var bytes = new List<byte>();
        var first = true;
        foreach (var line in lines)
        {
            if (!first) bytes.Add((byte)'\n');
            bytes.AddRange(line.Render());
            first = false;
        }
        if (finalNewline && !first) bytes.Add((byte)'\n');
        return [.. bytes];
    }
}
