using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Parses one Trace v1 line with <see cref="Utf8JsonReader"/>, strictly: one JSON object per line,
/// known fields only (v1's and the optional recording fields <c>file</c>, <c>path</c>, <c>incomplete</c> on a write), each at most once, integers that fit in <c>long</c> and are non-negative, and
/// exactly the fields its event calls for. Everything else is a <see cref="BadInputException"/> that
/// points at the offending byte column.
/// </summary>
internal static class TraceEventParser
{
    // Order matches the bit order of TraceField, so a field's name is Names[bit index].
    private static readonly string[] Names = ["event", "offset", "length", "fileSize", "bio", "status", "bytes", "error", "value", "file", "path", "incomplete"];

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Parses <paramref name="line"/> (without its line break) into <paramref name="ev"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> line, string file, long lineNumber, out TraceEvent ev)
    {
        ev = default;
        ev.Line = lineNumber;
        var present = TraceField.None;

        // System.Text.Json does not check UTF-8 inside strings until they are decoded; checking the
        // whole line first keeps "invalid UTF-8" one clear error wherever it sits.
        if (!Utf8.IsValid(line))
            throw new BadInputException(file, lineNumber, FirstInvalidByte(line) + 1, "the line is not valid UTF-8");

        Span<int> nameColumns = stackalloc int[Names.Length];
        var objectColumn = 1;
        var reader = new Utf8JsonReader(line, Options);
        try
        {
            if (!reader.Read())
                throw Bad(1, "blank line: every line of a trace is one JSON object");
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Bad(Column(ref reader), $"a trace line must be one JSON object, not {Describe(reader.TokenType)}");
            objectColumn = Column(ref reader);

            while (true)
            {
                if (!reader.Read()) throw Bad(line.Length + 1, "the JSON object is not closed");
                if (reader.TokenType == JsonTokenType.EndObject) break;

                var nameColumn = Column(ref reader);
                var field = Identify(ref reader);
                if (field == TraceField.None)
                    throw Bad(nameColumn, $"unknown field {Quote(reader.GetString())} (Trace v1 knows {string.Join(", ", Names)})");
                if ((present & field) != 0)
                    throw Bad(nameColumn, $"field \"{NameOf(field)}\" appears twice");
                present |= field;
                nameColumns[BitOperations.TrailingZeroCount((uint)field)] = nameColumn;

                if (!reader.Read()) throw Bad(line.Length + 1, "the JSON object is not closed");
                ReadValue(ref reader, field, ref ev);
            }

            // With a single root value allowed, anything but whitespace after it makes Read throw.
            if (reader.Read())
                throw Bad(Column(ref reader), "only one JSON object may stand on a line");
        }
        catch (JsonException e)
        {
            throw new BadInputException(file, lineNumber, (e.BytePositionInLine ?? 0) + 1, $"invalid JSON: {TrimPosition(e.Message)}");
        }
        catch (InvalidOperationException)
        {
            // The tokenizer accepts escapes such as "\uD800" that do not decode to text; they surface
            // only when a name or string is compared or read.
            throw new BadInputException(file, lineNumber, Column(ref reader),
                "a string holds an escape that is not valid text (a lone UTF-16 surrogate)");
        }

        CheckShape(ref ev, present, nameColumns, objectColumn, file, lineNumber);
        return;

        BadInputException Bad(long column, string reason) => new(file, lineNumber, column, reason);

        void ReadValue(ref Utf8JsonReader r, TraceField f, ref TraceEvent e)
        {
            var column = Column(ref r);
            switch (f)
            {
                case TraceField.Event:
                    e.EventColumn = column;
                    e.Kind = ReadKind(ref r, column);
                    break;
                case TraceField.Status:
                    RequireString(ref r, f, column);
                    e.Status = r.ValueTextEquals("ok"u8) ? BioState.Ok
                        : r.ValueTextEquals("eio"u8) ? BioState.Eio
                        : throw Bad(column, $"unknown status {Quote(r.GetString())} (expected \"ok\" or \"eio\")");
                    break;
                case TraceField.Error:
                    RequireString(ref r, f, column);
                    // Interning the usual names keeps a multi-GB trace from allocating one string per write.
                    e.Error = r.ValueTextEquals("EIO"u8) ? "EIO"
                        : r.ValueTextEquals("ENOSPC"u8) ? "ENOSPC"
                        : r.GetString();
                    if (e.Error!.Length == 0) throw Bad(column, "\"error\" must name an errno such as \"EIO\", not be empty");
                    break;
                case TraceField.Offset:
                    e.OffsetColumn = column;
                    e.Offset = ReadCount(ref r, f, column);
                    break;
                case TraceField.Length:
                    e.LengthColumn = column;
                    e.Length = ReadCount(ref r, f, column);
                    break;
                case TraceField.FileSize:
                    e.FileSize = ReadCount(ref r, f, column);
                    break;
                case TraceField.Bio:
                    e.BioColumn = column;
                    e.Bio = ReadCount(ref r, f, column);
                    break;
                case TraceField.Bytes:
                    e.Bytes = ReadCount(ref r, f, column);
                    break;
                case TraceField.Value:
                    e.Value = ReadCount(ref r, f, column);
                    break;
                case TraceField.File:
                    RequireString(ref r, f, column);
                    e.File = r.GetString();
                    break;
                case TraceField.Path:
                    RequireString(ref r, f, column);
                    e.Path = r.ValueTextEquals("io_uring"u8) ? "io_uring"
                        : r.ValueTextEquals("libaio"u8) ? "libaio"
                        : r.ValueTextEquals("sync"u8) ? "sync"
                        : throw Bad(column, $"unknown path {Quote(r.GetString())} (expected \"sync\", \"io_uring\" or \"libaio\")");
                    break;
                case TraceField.Incomplete:
                    if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                        throw Bad(column, $"\"incomplete\" must be a boolean, not {Describe(r.TokenType)}");
                    e.Incomplete = r.GetBoolean();
                    break;
            }
        }

        TraceEventKind ReadKind(ref Utf8JsonReader r, int column)
        {
            RequireString(ref r, TraceField.Event, column);
            if (!r.ValueIsEscaped)
            {
                var name = r.ValueSpan;
                var kind = name.Length switch
                {
                    4 when name.SequenceEqual("size"u8) => TraceEventKind.Size,
                    5 when name.SequenceEqual("write"u8) => TraceEventKind.Write,
                    6 when name.SequenceEqual("submit"u8) => TraceEventKind.Submit,
                    6 when name.SequenceEqual("return"u8) => TraceEventKind.Return,
                    8 when name.SequenceEqual("complete"u8) => TraceEventKind.Complete,
                    _ => TraceEventKind.None,
                };
                if (kind != TraceEventKind.None) return kind;
            }
            if (r.ValueTextEquals("write"u8)) return TraceEventKind.Write;
            if (r.ValueTextEquals("submit"u8)) return TraceEventKind.Submit;
            if (r.ValueTextEquals("complete"u8)) return TraceEventKind.Complete;
            if (r.ValueTextEquals("return"u8)) return TraceEventKind.Return;
            if (r.ValueTextEquals("size"u8)) return TraceEventKind.Size;
            throw Bad(column, $"unknown event {Quote(r.GetString())} (expected write, submit, complete, return or size)");
        }

        void RequireString(ref Utf8JsonReader r, TraceField f, int column)
        {
            if (r.TokenType != JsonTokenType.String)
                throw Bad(column, $"\"{NameOf(f)}\" must be a string, not {Describe(r.TokenType)}");
        }

        long ReadCount(ref Utf8JsonReader r, TraceField f, int column)
        {
            if (r.TokenType != JsonTokenType.Number)
                throw Bad(column, $"\"{NameOf(f)}\" must be a non-negative integer, not {Describe(r.TokenType)}");
            if (r.TryGetInt64(out var value))
            {
                if (value < 0) throw Bad(column, $"\"{NameOf(f)}\" must not be negative (got {value})");
                return value;
            }

            // A number token never holds escapes, so ValueSpan is its literal text.
            var raw = r.ValueSpan;
            var text = Shorten(Encoding.UTF8.GetString(raw));
            if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
                throw Bad(column, $"\"{NameOf(f)}\" must be an integer (got {text})");
            if (raw[0] == (byte)'-')
                throw Bad(column, $"\"{NameOf(f)}\" must not be negative (got {text})");
            throw Bad(column, $"\"{NameOf(f)}\" = {text} does not fit in a 64-bit signed integer");
        }
    }

    /// <summary>Checks that the line has exactly the fields its event calls for, and the event's own arithmetic.</summary>
    private static void CheckShape(ref TraceEvent ev, TraceField present, ReadOnlySpan<int> nameColumns, int objectColumn, string file, long line)
    {
        if ((present & TraceField.Event) == 0)
            throw new BadInputException(file, line, objectColumn, "missing field \"event\" (write, submit, complete, return or size)");

        var (required, optional) = ev.Kind switch
        {
            TraceEventKind.Write => (TraceField.Offset | TraceField.Length | TraceField.FileSize, TraceField.File | TraceField.Path | TraceField.Incomplete),
            TraceEventKind.Submit => (TraceField.Bio | TraceField.Offset | TraceField.Length, TraceField.None),
            TraceEventKind.Complete => (TraceField.Bio | TraceField.Status, TraceField.None),
            // A return needs exactly one of the two; checked below.
            TraceEventKind.Return => (TraceField.None, TraceField.Bytes | TraceField.Error),
            _ => (TraceField.Value, TraceField.None),
        };
        var kind = ev.Kind.Name();

        var extra = present & ~(required | optional | TraceField.Event);
        if (extra != 0)
        {
            // Report the leftmost offending field, the one a reader meets first.
            var (field, column) = Leftmost(extra, nameColumns);
            throw new BadInputException(file, line, column, $"field \"{NameOf(field)}\" does not belong on a {kind} event");
        }

        var missing = required & ~present;
        if (missing != 0)
            throw new BadInputException(file, line, objectColumn, $"a {kind} event needs \"{NameOf(Lowest(missing))}\"");

        switch (ev.Kind)
        {
            case TraceEventKind.Write:
                if (ev.Length == 0)
                    throw new BadInputException(file, line, ev.LengthColumn, "a write's length must be positive (SPEC: a request with len <= 0 is invalid and outside every property)");
                CheckEnd(ref ev, "write", file, line);
                break;
            case TraceEventKind.Submit:
                if (ev.Length == 0)
                    throw new BadInputException(file, line, ev.LengthColumn, $"bio {ev.Bio} has length 0: a bio covers at least one byte");
                CheckEnd(ref ev, $"bio {ev.Bio}", file, line);
                break;
            case TraceEventKind.Return:
                var both = TraceField.Bytes | TraceField.Error;
                if ((present & both) == both)
                {
                    var (_, column) = Rightmost(both, nameColumns);
                    throw new BadInputException(file, line, column, "a return carries exactly one of \"bytes\" and \"error\", not both");
                }
                if ((present & both) == 0)
                    throw new BadInputException(file, line, objectColumn, "a return event needs \"bytes\" or \"error\"");
                break;
        }
    }

    private static void CheckEnd(ref TraceEvent ev, string what, string file, long line)
    {
        if (ev.Length > long.MaxValue - ev.Offset)
            throw new BadInputException(file, line, ev.LengthColumn, $"{what}: offset + length = {ev.Offset} + {ev.Length} overflows a 64-bit signed integer");
    }

    private static TraceField Identify(ref Utf8JsonReader r)
    {
        // Fast path: an unescaped name is its bytes; dispatch on length so each line costs one comparison per field.
        if (!r.ValueIsEscaped)
        {
            var name = r.ValueSpan;
            return name.Length switch
            {
                3 when name.SequenceEqual("bio"u8) => TraceField.Bio,
                5 when name.SequenceEqual("event"u8) => TraceField.Event,
                5 when name.SequenceEqual("bytes"u8) => TraceField.Bytes,
                5 when name.SequenceEqual("value"u8) => TraceField.Value,
                5 when name.SequenceEqual("error"u8) => TraceField.Error,
                6 when name.SequenceEqual("offset"u8) => TraceField.Offset,
                6 when name.SequenceEqual("length"u8) => TraceField.Length,
                6 when name.SequenceEqual("status"u8) => TraceField.Status,
                8 when name.SequenceEqual("fileSize"u8) => TraceField.FileSize,
                4 when name.SequenceEqual("file"u8) => TraceField.File,
                4 when name.SequenceEqual("path"u8) => TraceField.Path,
                10 when name.SequenceEqual("incomplete"u8) => TraceField.Incomplete,
                _ => TraceField.None,
            };
        }

        if (r.ValueTextEquals("event"u8)) return TraceField.Event;
        if (r.ValueTextEquals("bio"u8)) return TraceField.Bio;
        if (r.ValueTextEquals("offset"u8)) return TraceField.Offset;
        if (r.ValueTextEquals("length"u8)) return TraceField.Length;
        if (r.ValueTextEquals("status"u8)) return TraceField.Status;
        if (r.ValueTextEquals("fileSize"u8)) return TraceField.FileSize;
        if (r.ValueTextEquals("bytes"u8)) return TraceField.Bytes;
        if (r.ValueTextEquals("error"u8)) return TraceField.Error;
        if (r.ValueTextEquals("value"u8)) return TraceField.Value;
        if (r.ValueTextEquals("file"u8)) return TraceField.File;
        if (r.ValueTextEquals("path"u8)) return TraceField.Path;
        if (r.ValueTextEquals("incomplete"u8)) return TraceField.Incomplete;
        return TraceField.None;
    }

    private static string NameOf(TraceField field) => Names[BitOperations.TrailingZeroCount((uint)field)];

    private static TraceField Lowest(TraceField set) => (TraceField)(1 << BitOperations.TrailingZeroCount((uint)set));

    private static (TraceField Field, int Column) Leftmost(TraceField set, ReadOnlySpan<int> columns) => Pick(set, columns, leftmost: true);

    private static (TraceField Field, int Column) Rightmost(TraceField set, ReadOnlySpan<int> columns) => Pick(set, columns, leftmost: false);

    private static (TraceField Field, int Column) Pick(TraceField set, ReadOnlySpan<int> columns, bool leftmost)
    {
        (TraceField Field, int Column) best = (TraceField.None, leftmost ? int.MaxValue : 0);
        for (var bit = 0; bit < columns.Length; bit++)
        {
            var f = (TraceField)(1 << bit);
            if ((set & f) == 0) continue;
            if (leftmost ? columns[bit] < best.Column : columns[bit] > best.Column) best = (f, columns[bit]);
        }
        return best;
    }

    private static int Column(ref Utf8JsonReader r) => checked((int)r.TokenStartIndex) + 1;

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString(),
    };

    /// <summary>Quotes a user string for a message, shortened so a garbage line cannot flood the terminal.</summary>
    private static string Quote(string? text) => JsonSerializer.Serialize(Shorten(text ?? ""));

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string TrimPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd(' ', '.');
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (Rune.DecodeFromUtf8(line[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return line.Length;
    }
}
