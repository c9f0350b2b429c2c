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
    public static JsonNode Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        reader.Read();
        var node = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("unexpected content after the top-level value", null, null, null);
        }

        return node;
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader)
    {
        var at = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var fields = new List<JsonField>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameAt = reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    reader.Read();
                    fields.Add(new JsonField(name, nameAt, ReadValue(ref reader)));
                }

                return new JsonObjectNode(at, fields);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new JsonArrayNode(at, items);
            case JsonTokenType.String:
                return new JsonStringNode(at, reader.GetString()!);
            case JsonTokenType.Number:
                return new JsonNumberNode(at, reader.TryGetInt64(out var value) ? value : null, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonBoolNode(at, reader.GetBoolean());
            default:
                return new JsonNullNode(at);
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
