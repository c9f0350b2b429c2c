using System.Text;
using System.Text.Json;

namespace DioVerify.Engine.Input;

/// <summary>
/// A JSON value that remembers where it starts in the file, so a schema error can point at the
/// offending field — System.Text.Json's DOM forgets positions.
/// </summary>
public abstract record JsonNode(long At)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    /// <summary>Parses one JSON document; syntax errors surface as <see cref="JsonException"/>.</summary>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, (_, _) => JsonArrayLimit.None);

    /// <summary>
    /// Parses one JSON document, bounding its arrays: <paramref name="limitUnder"/> is asked, before each
    /// top-level field's value is read, for the limit of every array inside it, given that field's name and
    /// the fields read before it (the name is null for a top-level value that is not an object). Syntax
    /// errors surface as <see cref="JsonException"/>; strings that are not valid Unicode and arrays over
    /// their limit as <see cref="JsonValueException"/>.
    /// </summary>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8, Func<string?, IReadOnlyList<JsonField>, JsonArrayLimit> limitUnder)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        reader.Read();
        JsonNode node;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // The top level is read here rather than in ReadValue so that a limit can depend on what
            // came before: a schedule's lists are bounded by the request once the request is known.
            var at = reader.TokenStartIndex;
            var fields = new List<JsonField>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var nameAt = reader.TokenStartIndex;
                var name = ReadString(ref reader);
                var limit = limitUnder(name, fields);
                reader.Read();
                fields.Add(new JsonField(name, nameAt, ReadValue(ref reader, limit)));
            }

            node = new JsonObjectNode(at, fields);
        }
        else
        {
            node = ReadValue(ref reader, limitUnder(null, []));
        }

        if (reader.Read())
        {
            throw new JsonException("unexpected content after the top-level value", null, null, null);
        }

        return node;
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, JsonArrayLimit limit)
    {
        var at = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var fields = new List<JsonField>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameAt = reader.TokenStartIndex;
                    var name = ReadString(ref reader);
                    reader.Read();
                    fields.Add(new JsonField(name, nameAt, ReadValue(ref reader, limit)));
                }

                return new JsonObjectNode(at, fields);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (items.Count >= limit.MaxItems) throw new JsonValueException(reader.TokenStartIndex, limit.Reason);
                    items.Add(ReadValue(ref reader, limit));
                }

                return new JsonArrayNode(at, items);
            case JsonTokenType.String:
                return new JsonStringNode(at, ReadString(ref reader));
            case JsonTokenType.Number:
                return new JsonNumberNode(at, reader.TryGetInt64(out var value) ? value : null, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonBoolNode(at, reader.GetBoolean());
            default:
                return new JsonNullNode(at);
        }
    }

    /// <summary>
    /// The current string token (value or field name) as .NET text. Utf8JsonReader accepts invalid UTF-8
    /// and lone surrogate escapes as tokens and only refuses them here, with InvalidOperationException;
    /// that is bad input, so it becomes a <see cref="JsonValueException"/> at the offending byte.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The token is a string from a span, so ValueSpan is its raw, still-escaped content,
            // one byte after the opening quote.
            var raw = reader.ValueSpan;
            var contentAt = reader.TokenStartIndex + 1;
            var bad = UnicodeText.FirstInvalidUtf8(raw);
            if (bad >= 0) throw new JsonValueException(contentAt + bad, $"invalid UTF-8 (byte 0x{raw[bad]:X2} in a string): the file must be UTF-8 text");
            var escape = UnicodeText.FirstLoneSurrogateEscape(raw);
            throw new JsonValueException(
                contentAt + Math.Max(escape, 0),
                escape >= 0
                    ? $"the escape {Encoding.ASCII.GetString(raw.Slice(escape, 6))} is half of a UTF-16 surrogate pair: a string must be valid Unicode"
                    : "a string that is not valid Unicode");
        }
    }

    /// <summary>What a person calls this kind of value in an error message.</summary>
    public abstract string Kind { get; }
}

/// <summary>A field of a JSON object, with the position of its name.</summary>
public sealed record JsonField(string Name, long At, JsonNode Value);

/// <summary>A JSON object; fields in document order, repeats kept so they can be rejected.</summary>
public sealed record JsonObjectNode(long At, IReadOnlyList<JsonField> Fields) : JsonNode(At)
{
    public override string Kind => "an object";
}

/// <summary>A JSON array.</summary>
public sealed record JsonArrayNode(long At, IReadOnlyList<JsonNode> Items) : JsonNode(At)
{
    public override string Kind => "an array";
}

/// <summary>A JSON string.</summary>
public sealed record JsonStringNode(long At, string Value) : JsonNode(At)
{
    public override string Kind => "a string";
}

/// <summary>A JSON number: <see cref="Value"/> is null when it is not an integer within <c>long</c>.</summary>
public sealed record JsonNumberNode(long At, long? Value, string Text) : JsonNode(At)
{
    public override string Kind => "a number";
}

/// <summary>A JSON boolean.</summary>
public sealed record JsonBoolNode(long At, bool Value) : JsonNode(At)
{
    public override string Kind => "a boolean";
}

/// <summary>JSON null.</summary>
public sealed record JsonNullNode(long At) : JsonNode(At)
{
    public override string Kind => "null";
}
