using System.Globalization;
using System.Text;

namespace DioVerify.Audit.Tests.Fuzz;

/// <summary>
/// Mutations of a valid trace. <see cref="Breaking"/> ones make it malformed by construction (each
/// names the SPEC rule it breaks), so the reader must reject them; <see cref="Arbitrary"/> ones may or
/// may not keep it valid, and are judged against the reference checker instead.
/// </summary>
internal sealed class TraceMutator(Random rng)
{
    public delegate byte[]? Mutation(List<TLine> lines);

    public IReadOnlyList<(string Name, Mutation Apply)> Breaking =>
    [
        ("delete a return", l => Remove(l, Pick(l, "return"))),
        ("duplicate a complete", l => Duplicate(l, Pick(l, "complete"))),
        ("duplicate a submit", l => Duplicate(l, Pick(l, "submit"))),
        ("duplicate a return", l => Duplicate(l, Pick(l, "return"))),
        ("duplicate a size", l => Duplicate(l, Pick(l, "size"))),
        ("negate a number", l => EditNumber(l, v => "-" + (v + 1))),
        ("overflow a number", l => EditNumber(l, _ => rng.Next(2) == 0 ? "9223372036854775808" : "1" + new string('0', rng.Next(19, 40)))),
        ("make a number fractional", l => EditNumber(l, v => rng.Next(2) == 0 ? v + ".5" : v + "e0")),
        ("unknown status", l => EditField(l, Pick(l, "complete"), "status", ["\"EIO\"", "\"OK\"", "\"\"", "\"failed\"", "1", "null", "[]", "\"\\uD800\"", "\"o\\u006B\\uDC00\""])),
        ("unknown event", l => EditField(l, Pick(l, null), "event", ["\"writes\"", "\"Submit\"", "\"\"", "\"flush\"", "0", "{}", "\"\\uDFFF\""])),
        ("add an unknown field", AddUnknownField),
        ("remove a field", RemoveField),
        ("truncate a line", TruncateLine),
        ("insert a blank line", l => Insert(l, rng.Next(l.Count + 1), new TLine("garbage", 0) { Raw = Encoding.UTF8.GetBytes(new[] { "", " ", "\t", "\r" }[rng.Next(4)]) })),
        ("insert a garbage line", InsertGarbage),
        ("move a complete before its submit", CompleteBeforeSubmit),
        ("return before the last submit or complete", ReturnEarly),
        ("shift a bio", l => EditNumber(l, Pick(l, "submit"), "offset", v => v + (rng.Next(2) == 0 ? 1 : -1) * rng.Next(1, 6))),
        ("resize a bio below the top", ResizeInnerBio),
        ("shrink a write below its bios", ShrinkWrite),
        ("complete an unknown bio", CompleteUnknownBio),
        ("delete a write line", l => Remove(l, Pick(l, "write"))),
        ("return both bytes and error", BothReturnFields),
        ("move a size before its return", SizeBeforeReturn),
        ("end the file inside a write", l => Pick(l, "return") is { } r ? TLine.Join(l.Take(r)) : null),
    ];

    public IReadOnlyList<(string Name, Mutation Apply)> Arbitrary =>
    [
        ("delete a line", l => Remove(l, rng.Next(l.Count))),
        ("duplicate a line anywhere", l => Insert(l, rng.Next(l.Count + 1), l[rng.Next(l.Count)].Clone())),
        ("swap adjacent lines", l => l.Count < 2 ? null : Swap(l, rng.Next(l.Count - 1), 1)),
        ("swap two lines", l => Swap(l, rng.Next(l.Count), 0)),
        ("move a line", MoveLine),
        ("change a number", l => EditNumber(l, v => rng.Next(4) switch { 0 => "0", 1 => (v + 1).ToString(CultureInfo.InvariantCulture), 2 => Math.Max(0, v - 1).ToString(CultureInfo.InvariantCulture), _ => rng.Next(0, 200).ToString(CultureInfo.InvariantCulture) })),
        ("flip a status", l => EditField(l, Pick(l, "complete"), "status", ["\"ok\"", "\"eio\""])),
        ("flip bytes and error", FlipReturn),
        ("drop a completion (bio in flight)", l => Remove(l, Pick(l, "complete"))),
        ("flip a byte", FlipByte),
        ("truncate the file", l => { var b = TLine.Join(l); return b[..rng.Next(b.Length + 1)]; }),
        ("insert a plausible line", InsertPlausible),
        ("change a bio id", l => EditNumber(l, Pick(l, rng.Next(2) == 0 ? "submit" : "complete"), "bio", v => rng.Next(0, 8))),
    ];

    private int? Pick(List<TLine> lines, string? kind)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => kind is null || lines[i].Kind == kind).ToList();
        return candidates.Count == 0 ? null : candidates[rng.Next(candidates.Count)];
    }

    private static byte[]? Remove(List<TLine> lines, int? at)
    {
        if (at is not { } i) return null;
        lines.RemoveAt(i);
        return TLine.Join(lines);
    }

    private static byte[]? Duplicate(List<TLine> lines, int? at) => at is { } i ? Insert(lines, i + 1, lines[i].Clone()) : null;

    private static byte[] Insert(List<TLine> lines, int at, TLine line)
    {
        lines.Insert(at, line);
        return TLine.Join(lines);
    }

    private byte[]? Swap(List<TLine> lines, int i, int distance)
    {
        var j = distance == 0 ? rng.Next(lines.Count) : i + distance;
        if (j >= lines.Count) return null;
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return TLine.Join(lines);
    }

    private byte[]? MoveLine(List<TLine> lines)
    {
        var line = lines[rng.Next(lines.Count)];
        lines.Remove(line);
        return Insert(lines, rng.Next(lines.Count + 1), line);
    }

    private byte[]? EditNumber(List<TLine> lines, Func<long, string> edit)
    {
        var numeric = lines.SelectMany((l, i) => l.Fields.Where(f => f.Name != "event" && long.TryParse(f.Value, out _)).Select(f => (i, f.Name))).ToList();
        if (numeric.Count == 0) return null;
        var (at, name) = numeric[rng.Next(numeric.Count)];
        return EditNumber(lines, at, name, edit);
    }

    private static byte[]? EditNumber(List<TLine> lines, int? at, string name, Func<long, string> edit)
    {
        if (at is not { } i || lines[i].Get(name) is null) return null;
        lines[i].Set(name, edit(lines[i].Num(name)));
        return TLine.Join(lines);
    }

    private static byte[]? EditNumber(List<TLine> lines, int? at, string name, Func<long, long> edit) =>
        EditNumber(lines, at, name, v => edit(v).ToString(CultureInfo.InvariantCulture));

    private byte[]? EditField(List<TLine> lines, int? at, string name, string[] values)
    {
        if (at is not { } i || lines[i].Get(name) is null) return null;
        lines[i].Set(name, values[rng.Next(values.Length)]);
        return TLine.Join(lines);
    }

    private byte[]? AddUnknownField(List<TLine> lines)
    {
        var line = lines[rng.Next(lines.Count)];
        line.Fields.Insert(rng.Next(line.Fields.Count + 1), (new[] { "extra", "Event", "bios", "offset_", "", "\\uD800" }[rng.Next(6)], "1"));
        return TLine.Join(lines);
    }

    private byte[]? RemoveField(List<TLine> lines)
    {
        var line = lines[rng.Next(lines.Count)];
        line.Fields.RemoveAt(rng.Next(line.Fields.Count));
        return TLine.Join(lines);
    }

    private byte[]? TruncateLine(List<TLine> lines)
    {
        var i = rng.Next(lines.Count);
        var bytes = lines[i].Render();
        lines[i] = new TLine("garbage", lines[i].Write) { Raw = bytes[..rng.Next(bytes.Length)] };
        return TLine.Join(lines);
    }

    private byte[]? InsertGarbage(List<TLine> lines)
    {
        // A first byte that cannot open a JSON object (or is not UTF-8), then anything but a line break.
        byte[] starts = [(byte)'#', (byte)'x', (byte)']', (byte)'}', (byte)'"', (byte)'1', (byte)'n', 0xFF, 0xC0, 0x00];
        var tail = new byte[rng.Next(0, 30)];
        rng.NextBytes(tail);
        for (var k = 0; k < tail.Length; k++) if (tail[k] == (byte)'\n') tail[k] = (byte)'{';
        return Insert(lines, rng.Next(lines.Count + 1), new TLine("garbage", 0) { Raw = [starts[rng.Next(starts.Length)], .. tail] });
    }

    private byte[]? CompleteBeforeSubmit(List<TLine> lines)
    {
        if (Pick(lines, "complete") is not { } c) return null;
        var complete = lines[c];
        var submit = lines.FindIndex(l => l.Kind == "submit" && l.Write == complete.Write && l.Get("bio") == complete.Get("bio"));
        lines.RemoveAt(c);
        return Insert(lines, submit, complete);
    }

    private byte[]? ReturnEarly(List<TLine> lines)
    {
        if (Pick(lines, "return") is not { } r) return null;
        var w = lines[r].Write;
        var last = lines.FindLastIndex(r, l => l.Write == w && l.Kind is "submit" or "complete");
        if (last < 0 || lines[last].Write != w || lines[last].Kind is not ("submit" or "complete")) return null;
        var ret = lines[r];
        lines.RemoveAt(r);
        return Insert(lines, last, ret);
    }

    private byte[]? ResizeInnerBio(List<TLine> lines)
    {
        // Any bio but the highest in its write: the one above it starts at its old end.
        var inner = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].Kind == "submit" && lines.Any(o => o.Kind == "submit" && o.Write == lines[i].Write && o.Num("offset") > lines[i].Num("offset")))
            .ToList();
        if (inner.Count == 0) return null;
        var delta = (rng.Next(2) == 0 ? 1 : -1) * rng.Next(1, 6);
        return EditNumber(lines, inner[rng.Next(inner.Count)], "length", v => v + delta);
    }

    private byte[]? ShrinkWrite(List<TLine> lines)
    {
        var writes = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind == "write" && lines.Any(o => o.Kind == "submit" && o.Write == lines[i].Write)).ToList();
        if (writes.Count == 0) return null;
        var at = writes[rng.Next(writes.Count)];
        var w = lines[at];
        var cut = lines.Where(o => o.Kind == "submit" && o.Write == w.Write).Max(o => o.Num("offset") + o.Num("length"));
        return EditNumber(lines, at, "length", _ => rng.NextInt64(0, cut - w.Num("offset")));
    }

    private byte[]? CompleteUnknownBio(List<TLine> lines)
    {
        if (Pick(lines, "complete") is not { } c) return null;
        var w = lines[c].Write;
        var max = lines.Where(o => o.Kind == "submit" && o.Write == w).Max(o => o.Num("bio"));
        return EditNumber(lines, c, "bio", _ => max + 1 + rng.Next(0, 5));
    }

    private byte[]? BothReturnFields(List<TLine> lines)
    {
        if (Pick(lines, "return") is not { } r) return null;
        var line = lines[r];
        if (line.Get("bytes") is null) line.Fields.Add(("bytes", "0"));
        else line.Fields.Add(("error", "\"EIO\""));
        return TLine.Join(lines);
    }

    private byte[]? SizeBeforeReturn(List<TLine> lines)
    {
        if (Pick(lines, "size") is not { } s) return null;
        var size = lines[s];
        lines.RemoveAt(s);
        var ret = lines.FindLastIndex(s - 1, l => l.Kind == "return");
        return Insert(lines, ret, size);
    }

    private byte[]? FlipReturn(List<TLine> lines)
    {
        if (Pick(lines, "return") is not { } r) return null;
        var line = lines[r];
        lines[r] = line.Get("bytes") is not null
            ? new TLine("return", line.Write, ("event", "\"return\""), ("error", rng.Next(2) == 0 ? "\"EIO\"" : "\"ENOSPC\""))
            : new TLine("return", line.Write, ("event", "\"return\""), ("bytes", rng.Next(0, 80).ToString(CultureInfo.InvariantCulture)));
        return TLine.Join(lines);
    }

    private byte[]? FlipByte(List<TLine> lines)
    {
        var bytes = TLine.Join(lines);
        bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
        return bytes;
    }

    private byte[]? InsertPlausible(List<TLine> lines)
    {
        string[] pool =
        [
            """{"event":"size","value":7}""",
            """{"event":"return","bytes":3}""",
            """{"event":"return","error":"EIO"}""",
            """{"event":"complete","bio":1,"status":"ok"}""",
            """{"event":"submit","bio":99,"offset":0,"length":1}""",
            """{"event":"write","offset":0,"length":5,"fileSize":0}""",
            """{"event":"write","offset":0,"length":5,"fileSize":0,"x":1}""",
        ];
        return Insert(lines, rng.Next(lines.Count + 1), new TLine("garbage", 0) { Raw = Encoding.UTF8.GetBytes(pool[rng.Next(pool.Length)]) });
    }
}
