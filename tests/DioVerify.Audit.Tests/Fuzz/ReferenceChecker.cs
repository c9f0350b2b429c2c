using System.Text;
using System.Text.Json;

namespace DioVerify.Audit.Tests.Fuzz;

/// <summary>
/// An independent, deliberately naive reading of SPEC's Trace v1 rules and properties, to test the
/// streaming reader and auditor against: whole-file, <see cref="JsonDocument"/> per line, linear
/// scans, and verdicts by brute force — every outcome of the in-flight BIOs, every byte checked.
/// It reports the first line at which a violation becomes detectable reading top to bottom (a gap
/// at the return that exposes it, named by the submit above the gap), as the reader does.
/// </summary>
internal static class ReferenceChecker
{
    public sealed record Result(long? ErrorLine, List<bool?[]?> Verdicts);

    private sealed class Bio
    {
        public long Id, Offset, Length, SubmitLine;
        public int State; // 0 in flight, 1 ok, 2 eio
    }

    private sealed class Write
    {
        public long Offset, Length, FileSize;
        public List<Bio> Bios = [];
        public bool Returned;
        public long? Bytes;
        public string? Error;
        public long? Size;
    }

    private static readonly HashSet<string> Known = ["event", "offset", "length", "fileSize", "bio", "status", "bytes", "error", "value"];

    public static Result Check(byte[] trace)
    {
        var verdicts = new List<bool?[]?>();
        var lines = Split(trace);
        Write? cur = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var n = i + 1L;
            var line = lines[i];
            if (i == 0 && line.Length >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF) line = line[3..];
            var e = Parse(line);
            if (e is null) return Fail(n);
            var kind = (string)e["event"]!;

            switch (kind)
            {
                case "write":
                    if (cur is not null)
                    {
                        if (!cur.Returned) return Fail(n);
                        verdicts.Add(Judge(cur));
                    }
                    cur = new Write { Offset = (long)e["offset"]!, Length = (long)e["length"]!, FileSize = (long)e["fileSize"]! };
                    break;
                case "submit":
                {
                    if (cur is null || cur.Returned) return Fail(n);
                    long id = (long)e["bio"]!, off = (long)e["offset"]!, len = (long)e["length"]!;
                    if (cur.Bios.Any(b => b.Id == id)) return Fail(n);
                    if (off < cur.Offset || off + len > cur.Offset + cur.Length) return Fail(n);
                    if (cur.Bios.Any(b => Math.Max(b.Offset, off) < Math.Min(b.Offset + b.Length, off + len))) return Fail(n);
                    cur.Bios.Add(new Bio { Id = id, Offset = off, Length = len, SubmitLine = n });
                    break;
                }
                case "complete":
                {
                    if (cur is null || cur.Returned) return Fail(n);
                    var bio = cur.Bios.FirstOrDefault(b => b.Id == (long)e["bio"]!);
                    if (bio is null || bio.State != 0) return Fail(n);
                    bio.State = (string)e["status"]! == "ok" ? 1 : 2;
                    break;
                }
                case "return":
                {
                    if (cur is null || cur.Returned) return Fail(n);
                    var at = cur.Offset;
                    foreach (var b in cur.Bios.OrderBy(b => b.Offset))
                    {
                        if (b.Offset != at) return Fail(b.SubmitLine);
                        at = b.Offset + b.Length;
                    }
                    cur.Returned = true;
                    cur.Bytes = (long?)e.GetValueOrDefault("bytes");
                    cur.Error = (string?)e.GetValueOrDefault("error");
                    break;
                }
                default: // size
                    if (cur is null || !cur.Returned || cur.Size is not null) return Fail(n);
                    cur.Size = (long)e["value"]!;
                    break;
            }
        }

        if (cur is null) return Fail(0);
        if (!cur.Returned) return Fail(lines.Count);
        verdicts.Add(Judge(cur));
        return new Result(null, verdicts);
    }

    private static Result Fail(long line) => new(line, []);

    private static List<byte[]> Split(byte[] trace)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= trace.Length; i++)
        {
            if (i < trace.Length && trace[i] != (byte)'\n') continue;
            // A final line break ends the last line; it does not start an empty one.
            if (i == trace.Length && start == trace.Length) break;
            lines.Add(trace[start..i]);
            start = i + 1;
        }
        return lines;
    }

    /// <summary>The line's fields (numbers as long, strings as string), or null if the line breaks the schema.</summary>
    private static Dictionary<string, object>? Parse(byte[] line)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(line);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (text.Trim(' ', '\t', '\r').Length == 0) return null;

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }

        try
        {
            return Fields(doc);
        }
        catch (InvalidOperationException)
        {
            return null; // an escape that decodes to no text (lone surrogate)
        }
        finally
        {
            doc.Dispose();
        }
    }

    private static Dictionary<string, object>? Fields(JsonDocument doc)
    {
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
        var fields = new Dictionary<string, object>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (!Known.Contains(p.Name) || fields.ContainsKey(p.Name)) return null;
            switch (p.Name)
            {
                case "event" or "status" or "error":
                    if (p.Value.ValueKind != JsonValueKind.String) return null;
                    fields[p.Name] = p.Value.GetString()!;
                    break;
                default:
                    if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt64(out var v) || v < 0) return null;
                    fields[p.Name] = v;
                    break;
            }
        }

        if (!fields.TryGetValue("event", out var ev)) return null;
        string[][] shapes = (string)ev switch
        {
            "write" => [["event", "offset", "length", "fileSize"]],
            "submit" => [["event", "bio", "offset", "length"]],
            "complete" => [["event", "bio", "status"]],
            "return" => [["event", "bytes"], ["event", "error"]],
            "size" => [["event", "value"]],
            _ => [],
        };
        if (!shapes.Any(s => s.Length == fields.Count && s.All(fields.ContainsKey))) return null;
        if (fields.TryGetValue("status", out var st) && (string)st is not ("ok" or "eio")) return null;
        if (fields.TryGetValue("error", out var er) && ((string)er).Length == 0) return null;
        if ((string)ev is "write" or "submit")
        {
            var (off, len) = ((long)fields["offset"], (long)fields["length"]);
            if (len == 0 || (decimal)off + len > long.MaxValue) return null;
        }
        return fields;
    }

    /// <summary>P1..P7 by SPEC's formal column over every outcome of the in-flight BIOs; null when too big to enumerate.</summary>
    private static bool?[]? Judge(Write w)
    {
        var cut = w.Bios.Count == 0 ? w.Offset : w.Bios.Max(b => b.Offset + b.Length);
        var inFlight = w.Bios.Where(b => b.State == 0).ToList();
        if (inFlight.Count > 12 || cut - w.Offset > 100_000) return null;

        var seen = new HashSet<bool>[8];
        for (var p = 1; p <= 7; p++) seen[p] = [];
        for (var mask = 0; mask < 1 << inFlight.Count; mask++)
        {
            var state = w.Bios.ToDictionary(b => b, b => b.State);
            for (var k = 0; k < inFlight.Count; k++) state[inFlight[k]] = (mask >> k & 1) == 1 ? 1 : 2;

            bool Durable(long x) => w.Bios.Any(b => b.Offset <= x && x < b.Offset + b.Length && state[b] == 1);

            long prefix = 0;
            while (w.Offset + prefix < cut && Durable(w.Offset + prefix)) prefix++;
            var eio = state.Values.Any(s => s == 2);
            var isCut = cut < w.Offset + w.Length;
            var count = w.Bytes;

            seen[1].Add(count is not { } r1 || r1 <= prefix);
            seen[2].Add(eio || isCut || count == w.Length);
            seen[3].Add(prefix == 0 || count == prefix);
            if (w.Size is { } size)
            {
                var ok = true;
                for (var x = Math.Max(w.FileSize, w.Offset); x < size && ok; x++) ok = Durable(x);
                seen[4].Add(ok);
            }
            seen[7].Add(count is { } r7 ? r7 > 0 : (w.Error == "EIO" && eio) || (w.Error == "ENOSPC" && isCut));
        }

        var result = new bool?[7];
        for (var p = 1; p <= 7; p++) result[p - 1] = seen[p].Count == 1 ? seen[p].Single() : null;
        return result;
    }
}
