using System.Text.Json;

namespace DioVerify.Engine.Input;

/// <summary>
/// Strict reading of a small JSON file (a schedule, a kernel scenario, a baseline): unknown or repeated fields, wrong
/// types, missing fields and values out of range are <see cref="BadInputException"/>s naming <c>file:line:column</c>.
/// </summary>
public sealed class StrictJson
{
    private readonly byte[] utf8;

    /// <summary>Holds <paramref name="bytes"/> for reading; a UTF-8 byte-order mark is ignored.</summary>
    public StrictJson(byte[] bytes, string file)
    {
        // A UTF-8 byte-order mark is how some editors save JSON; it is not content.
        utf8 = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        File = file;
    }

    public string File { get; }

    /// <summary>Parses <paramref name="bytes"/> (a UTF-8 byte-order mark is ignored) and hands back the reader and the root.</summary>
    public static (StrictJson Reader, JsonNode Root) Parse(byte[] bytes, string file)
    {
        var reader = new StrictJson(bytes, file);
        return (reader, reader.Root());
    }

    /// <summary>Reads a whole file; an unreadable file is bad input at 0:0, "cannot read <paramref name="what"/>".</summary>
    public static (StrictJson Reader, JsonNode Root) ReadFile(string path, string what = "the file") => Parse(ReadBytes(path, what), path);

    /// <summary>The bytes of the file at <paramref name="path"/>; an unreadable file is bad input at 0:0, "cannot read <paramref name="what"/>".</summary>
    public static byte[] ReadBytes(string path, string what)
    {
        try
        {
            return System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read {what}: {e.Message}");
        }
    }

    /// <summary>Parses the document, its arrays bounded by <paramref name="limitUnder"/> as <see cref="JsonNode"/>.Parse asks it (no bound when null).</summary>
    public JsonNode Root(Func<string?, IReadOnlyList<JsonField>, JsonArrayLimit>? limitUnder = null)
    {
        try
        {
            return JsonNode.Parse(utf8, limitUnder ?? ((_, _) => JsonArrayLimit.None));
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut < 0 ? reason : reason[..cut]).TrimEnd('.', ' ');
            throw new BadInputException(File, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {reason}");
        }
        catch (JsonValueException e)
        {
            FailAt(e.At, e.Reason);
            throw;
        }
    }

    /// <summary>The fields of an object, each one of <paramref name="known"/> and none twice.</summary>
    public Dictionary<string, JsonNode> Fields(JsonNode node, string what, IReadOnlyCollection<string> known)
    {
        if (node is not JsonObjectNode obj) return Fail<Dictionary<string, JsonNode>>(node, $"{what} must be a JSON object, not {node.Kind}");
        var fields = new Dictionary<string, JsonNode>();
        foreach (var field in obj.Fields)
        {
            if (!known.Contains(field.Name)) FailAt(field.At, $"unknown field \"{field.Name}\" in {what} (expected {string.Join(", ", known)})");
            if (!fields.TryAdd(field.Name, field.Value)) FailAt(field.At, $"field \"{field.Name}\" appears twice in {what}");
        }

        return fields;
    }

    /// <summary>An object whose field names are free (a map), each name checked by <paramref name="name"/> (null when accepted, else the reason).</summary>
    public IReadOnlyList<JsonField> Map(JsonNode node, string what, Func<string, string?> name)
    {
        if (node is not JsonObjectNode obj) return Fail<IReadOnlyList<JsonField>>(node, $"{what} must be a JSON object, not {node.Kind}");
        var seen = new HashSet<string>();
        foreach (var field in obj.Fields)
        {
            if (name(field.Name) is { } reason) FailAt(field.At, reason);
            if (!seen.Add(field.Name)) FailAt(field.At, $"field \"{field.Name}\" appears twice in {what}");
        }

        return obj.Fields;
    }

    /// <summary>The field <paramref name="name"/>, reported missing at <paramref name="owner"/> ("in <paramref name="what"/>" when named).</summary>
    public JsonNode Required(Dictionary<string, JsonNode> fields, string name, JsonNode owner, string? what = null) =>
        fields.TryGetValue(name, out var node) ? node : Fail<JsonNode>(owner, $"missing field \"{name}\"{(what is null ? "" : $" in {what}")}");

    public long Long(JsonNode node, string name, long min = long.MinValue, long max = long.MaxValue)
    {
        var value = node switch
        {
            JsonNumberNode { Value: { } v } => v,
            JsonNumberNode number => Fail<long>(node, $"\"{name}\" must be an integer within a signed 64-bit long (got {number.Text})"),
            _ => Fail<long>(node, $"\"{name}\" must be an integer, not {node.Kind}"),
        };
        if (value < min || value > max) Fail(node, $"\"{name}\" must be {(max == long.MaxValue ? $"at least {min}" : $"between {min} and {max}")} (got {value})");
        return value;
    }

    public string Text(JsonNode node, string name) =>
        node is JsonStringNode s ? s.Value : Fail<string>(node, $"\"{name}\" must be a string, not {node.Kind}");

    public bool Bool(JsonNode node, string name) =>
        node is JsonBoolNode b ? b.Value : Fail<bool>(node, $"\"{name}\" must be true or false, not {node.Kind}");

    public IReadOnlyList<T> Array<T>(JsonNode node, string name, Func<JsonNode, T> item) =>
        node is JsonArrayNode array ? [.. array.Items.Select(item)] : Fail<IReadOnlyList<T>>(node, $"\"{name}\" must be an array, not {node.Kind}");

    public void Fail(JsonNode node, string reason) => FailAt(node.At, reason);

    public T Fail<T>(JsonNode node, string reason)
    {
        FailAt(node.At, reason);
        return default!;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void FailAt(long byteOffset, string reason)
    {
        var (line, column) = JsonPosition.Of(utf8, byteOffset);
        throw new BadInputException(File, line, column, reason);
    }
}
