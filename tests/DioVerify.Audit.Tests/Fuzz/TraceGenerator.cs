using System.Globalization;

namespace DioVerify.Audit.Tests.Fuzz;

/// <summary>
/// Random well-formed Trace v1 writes over small byte ranges (so an oracle can check every byte):
/// random cuts, BIO splits, ids, submit orders, interleavings, outcomes (some in flight), returns and sizes.
/// </summary>
internal sealed class TraceGenerator(Random rng)
{
    public List<TLine> Trace(int writes)
    {
        var lines = new List<TLine>();
        for (var w = 0; w < writes; w++) lines.AddRange(Write(w));
        return lines;
    }

    public List<TLine> Write(int w)
    {
        long off = rng.Next(0, 40), len = rng.Next(1, 60), isize = rng.Next(0, 100);
        var cut = rng.Next(10) < 3 ? off + rng.NextInt64(0, len) : off + len;
        var spaced = rng.Next(10) == 0;

        var bios = new List<(long Id, long Offset, long Length, int State)>();
        var ids = Ids(rng.Next(0, 4));
        for (var at = off; at < cut;)
        {
            var size = Math.Min(cut - at, rng.Next(1, 13));
            var state = rng.Next(20) switch { < 15 => 1, < 18 => 2, _ => 0 }; // 1 ok, 2 eio, 0 in flight
            bios.Add((ids(bios.Count), at, size, state));
            at += size;
        }

        var lines = new List<TLine>
        {
            new("write", w, ("event", "\"write\""), ("offset", N(off)), ("length", N(len)), ("fileSize", N(isize))) { Spaced = spaced },
        };
        var submitOrder = Enumerable.Range(0, bios.Count).ToList();
        if (rng.Next(10) < 3) Shuffle(submitOrder);

        // Interleave: each completion somewhere after its own submit.
        var ready = new List<int>();
        var next = 0;
        while (next < submitOrder.Count || ready.Count > 0)
        {
            if (next < submitOrder.Count && (ready.Count == 0 || rng.Next(2) == 0))
            {
                var b = bios[submitOrder[next++]];
                lines.Add(new("submit", w, ("event", "\"submit\""), ("bio", N(b.Id)), ("offset", N(b.Offset)), ("length", N(b.Length))) { Spaced = spaced });
                if (b.State != 0) ready.Add(submitOrder[next - 1]);
            }
            else
            {
                var pick = rng.Next(ready.Count);
                var b = bios[ready[pick]];
                ready.RemoveAt(pick);
                lines.Add(new("complete", w, ("event", "\"complete\""), ("bio", N(b.Id)), ("status", b.State == 1 ? "\"ok\"" : "\"eio\"")) { Spaced = spaced });
            }
        }

        long pMax = cut - off, pMin = -1;
        foreach (var b in bios)
        {
            if (b.State == 1) continue;
            if (pMin < 0) pMin = b.Offset - off;
            if (b.State == 2) { pMax = b.Offset - off; break; }
        }
        if (pMin < 0) pMin = pMax;

        string[] errors = ["\"EIO\"", "\"ENOSPC\"", "\"EINVAL\"", "\"EFOO\""];
        long? count = rng.Next(8) switch
        {
            0 => pMax,
            1 => pMin,
            2 => len,
            3 => cut - off,
            4 => 0,
            5 => rng.NextInt64(0, len + 5),
            _ => null,
        };
        lines.Add(count is { } c
            ? new("return", w, ("event", "\"return\""), ("bytes", N(c))) { Spaced = spaced }
            : new("return", w, ("event", "\"return\""), ("error", errors[rng.Next(errors.Length)])) { Spaced = spaced });

        if (rng.Next(10) < 7)
        {
            var size = rng.Next(5) switch
            {
                0 => isize,
                1 => Math.Max(isize, off + (count ?? 0)),
                2 => Math.Max(isize, cut),
                3 => Math.Max(isize, off + pMin),
                _ => rng.NextInt64(0, 150),
            };
            lines.Add(new("size", w, ("event", "\"size\""), ("value", N(size))) { Spaced = spaced });
        }
        return lines;
    }

    private Func<int, long> Ids(int scheme)
    {
        switch (scheme)
        {
            case 0:
                return i => i;
            case 1:
                var perm = Enumerable.Range(0, 64).Select(i => (long)i).ToList();
                Shuffle(perm);
                return i => perm[i];
            default:
                var used = new HashSet<long>();
                var map = new Dictionary<int, long>();
                return i =>
                {
                    if (map.TryGetValue(i, out var id)) return id;
                    do id = rng.NextInt64(0, 1_000_000_000_000); while (!used.Add(id));
                    return map[i] = id;
                };
        }
    }

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);
}
