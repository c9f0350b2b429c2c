using System.Globalization;
using System.Text.RegularExpressions;

namespace DioVerify.Audit.Recording;

/// <summary>
/// Reads one line of a tracefs instance's text output (<c>trace_pipe</c> with <c>record-tgid</c>), e.g.
/// <c>dd-27388 ( 27388) [001] ..... 11269.530192: iomap_dio_rw_begin: dev 7:0 ino 0xc size 0x0 offset 0x0 length 0x100000 …</c>.
/// The field layouts are the events' <c>print fmt</c> on Linux 6.18; a line it does not know is
/// <see cref="FtraceEventKind.Other"/>, never an error, since the recording only needs the events it asked for.
/// </summary>
public static partial class FtraceLineParser
{
    // comm may hold spaces and dashes; the pid is the last "-digits" before the "(tgid)" column.
    [GeneratedRegex(@"^\s*.*?-(?<pid>\d+)\s+\(\s*(?<tgid>[\d-]+)\)\s+\[\d+\]\s+\S+\s+[\d.]+:\s+(?<body>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^CPU:\s*\d+\s+\[LOST\s+(?<n>\d+)\s+EVENTS\]", RegexOptions.CultureInvariant)]
    private static partial Regex LostLine();

    // "7,0 WS 18434 + 2048 [dd]" (queue), "7,0 WS () 18434 + 256 be,0,4 [0]" (rq complete), "7,0 WS 18434 + 256 [0]" (bio complete).
    [GeneratedRegex(@"^(?<maj>\d+),(?<min>\d+)\s+(?<rwbs>\S+)\s+(?:\(.*?\)\s+)?(?<sector>\d+)\s+\+\s+(?<n>\d+)(?:\s+\S+)?\s+\[(?<tail>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex BlockRange();

    // "7,0 WS 18434 / 18690 [dd]"
    [GeneratedRegex(@"^(?<maj>\d+),(?<min>\d+)\s+(?<rwbs>\S+)\s+(?<sector>\d+)\s+/\s+(?<at>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockSplit();

    /// <summary>The event on <paramref name="line"/>, or <see cref="FtraceEventKind.Other"/>.</summary>
    public static FtraceEvent Parse(string line)
    {
        var header = Header().Match(line);
        if (!header.Success)
        {
            var lost = LostLine().Match(line);
            return lost.Success ? new FtraceEvent { Kind = FtraceEventKind.Lost, Length = Long(lost.Groups["n"].Value) } : default;
        }

        var pid = (int)Long(header.Groups["pid"].Value);
        var tgidText = header.Groups["tgid"].Value;
        var tgid = tgidText.Contains('-', StringComparison.Ordinal) ? 0 : (int)Long(tgidText);
        var body = header.Groups["body"].Value;
        var colon = body.IndexOf(": ", StringComparison.Ordinal);
        var name = colon < 0 ? body : body[..colon];
        var rest = colon < 0 ? "" : body[(colon + 2)..];
        var ev = name switch
        {
            "iomap_dio_rw_begin" => Dio(FtraceEventKind.DioBegin, rest) with
            {
                Length = Hex(Field(rest, "length")),
                Async = Field(rest, "aio") == "1",
                KiocbWrite = Field(rest, "flags").Split('|').Contains("WRITE"),
            },
            "iomap_dio_rw_queued" => Dio(FtraceEventKind.DioQueued, rest) with { Length = Hex(Field(rest, "length")) },
            "iomap_dio_complete" => Dio(FtraceEventKind.DioComplete, rest) with
            {
                Async = Field(rest, "aio") == "1",
                Result = Long(Field(rest, "ret")),
            },
            // "dev 7:0 ino 0xc bdev 7:0 addr 0x900400 offset 0x0 length 0x100000 type UNWRITTEN (0x3) flags ..."
            "iomap_iter_dstmap" => Dio(FtraceEventKind.Mapping, rest) with
            {
                Length = Hex(Field(rest, "length")),
                Address = Hex(Field(rest, "addr")),
                Mapped = Field(rest, "type") is "MAPPED" or "UNWRITTEN",
            },
            "block_bio_queue" => Range(FtraceEventKind.BioQueue, rest),
            "block_rq_complete" or "block_bio_complete" => Range(FtraceEventKind.Completion, rest),
            "block_split" => Split(rest),
            "sched_process_fork" => new FtraceEvent { Kind = FtraceEventKind.Fork, Child = (int)Long(Assigned(rest, "child_pid")) },
            _ => Syscall(body),
        };
        return ev.Kind == FtraceEventKind.Other ? default : ev with { Pid = pid, Tgid = tgid };
    }

    private static FtraceEvent Dio(FtraceEventKind kind, string rest)
    {
        var dev = Field(rest, "dev").Split(':');
        if (dev.Length != 2) return default;
        return new FtraceEvent
        {
            Kind = kind,
            Dev = Dev(dev[0], dev[1]),
            Inode = Hex(Field(rest, "ino")),
            Size = Hex(Field(rest, "size")),
            Offset = Hex(Field(rest, "offset")),
        };
    }

    private static FtraceEvent Range(FtraceEventKind kind, string rest)
    {
        var m = BlockRange().Match(rest);
        if (!m.Success) return default;
        // The tail is the submitting command for a queue event and the error for a completion.
        var tail = m.Groups["tail"].Value;
        return new FtraceEvent
        {
            Kind = kind,
            Dev = Dev(m.Groups["maj"].Value, m.Groups["min"].Value),
            Write = m.Groups["rwbs"].Value.Contains('W', StringComparison.Ordinal),
            Sector = Long(m.Groups["sector"].Value),
            Sectors = Long(m.Groups["n"].Value),
            Result = kind == FtraceEventKind.Completion && long.TryParse(tail, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var error) ? error : 0,
        };
    }

    private static FtraceEvent Split(string rest)
    {
        var m = BlockSplit().Match(rest);
        if (!m.Success) return default;
        return new FtraceEvent
        {
            Kind = FtraceEventKind.BioSplit,
            Dev = Dev(m.Groups["maj"].Value, m.Groups["min"].Value),
            Write = m.Groups["rwbs"].Value.Contains('W', StringComparison.Ordinal),
            Sector = Long(m.Groups["sector"].Value),
            Sectors = Long(m.Groups["at"].Value),
        };
    }

    /// <summary>"sys_write -> 0x100000" (exit; a negative return prints as two's complement) or "sys_io_submit(ctx_id: …)" (enter).</summary>
    private static FtraceEvent Syscall(string body)
    {
        if (!body.StartsWith("sys_", StringComparison.Ordinal)) return default;
        var arrow = body.IndexOf(" -> ", StringComparison.Ordinal);
        if (arrow > 0)
        {
            return new FtraceEvent
            {
                Kind = FtraceEventKind.SyscallExit,
                Syscall = body[4..arrow],
                Result = unchecked((long)ulong.Parse(body[(arrow + 4)..].Trim().Replace("0x", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
            };
        }
        var paren = body.IndexOf('(', StringComparison.Ordinal);
        return paren > 4 ? new FtraceEvent { Kind = FtraceEventKind.SyscallEnter, Syscall = body[4..paren] } : default;
    }

    /// <summary>The token after "<paramref name="key"/> " (empty when the value printed empty, e.g. no flags).</summary>
    private static string Field(string rest, string key)
    {
        var at = 0;
        while (true)
        {
            var i = rest.IndexOf(key + " ", at, StringComparison.Ordinal);
            if (i < 0) return "";
            if (i == 0 || rest[i - 1] == ' ')
            {
                var start = i + key.Length + 1;
                var end = rest.IndexOf(' ', start);
                return end < 0 ? rest[start..] : rest[start..end];
            }
            at = i + 1;
        }
    }

    /// <summary>The value of "<paramref name="key"/>=value".</summary>
    private static string Assigned(string rest, string key)
    {
        foreach (var token in rest.Split(' '))
        {
            if (token.StartsWith(key + "=", StringComparison.Ordinal)) return token[(key.Length + 1)..];
        }
        return "0";
    }

    private static uint Dev(string major, string minor) => ((uint)Long(major) << 20) | (uint)Long(minor);

    private static long Hex(string text) =>
        long.TryParse(text.StartsWith("0x", StringComparison.Ordinal) ? text[2..] : text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static long Long(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
