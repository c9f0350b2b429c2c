using System.Collections.Immutable;
using System.Text.Json;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Input;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Engine.Schedules;

/// <summary>
/// Reads schedule v1 strictly: unknown or repeated fields, wrong types, numbers outside <c>long</c>,
/// invalid requests and outcome/arrival lists that do not fit the request are all errors that name
/// the file, line, column and rule — never a silently different schedule.
/// </summary>
public sealed class ScheduleReader
{
    private static readonly string[] TopFields =
        ["version", "request", "freeBlocks", "outcomes", "arrival", "alternateArrival", "policy", "property", "producedBy"];

    private static readonly string[] RequestFields =
        ["offset", "length", "fileSize", "blockSize", "sectorSize", "maxBioBytes"];

    private readonly byte[] _utf8;
    private readonly string _file;
    private readonly PolicyCatalog _catalog;

    private ScheduleReader(byte[] utf8, string file, PolicyCatalog catalog)
    {
        _utf8 = utf8;
        _file = file;
        _catalog = catalog;
    }

    /// <summary>Reads and validates the schedule file at <paramref name="path"/>.</summary>
    /// <param name="catalog">The policies a <c>"policy"</c> field may name (the built-in catalog when null).</param>
    public static Schedule ReadFile(string path, PolicyCatalog? catalog = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read the schedule: {e.Message}");
        }

        return Parse(bytes, path, catalog);
    }

    /// <summary>Parses and validates schedule v1 text; <paramref name="file"/> names it in errors.</summary>
    /// <param name="catalog">The policies a <c>"policy"</c> field may name (the built-in catalog when null).</param>
    public static Schedule Parse(byte[] utf8, string file, PolicyCatalog? catalog = null)
    {
        // A UTF-8 byte-order mark is how some editors save JSON; it is not content.
        utf8 = utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var reader = new ScheduleReader(utf8, file, catalog ?? PolicyCatalog.Builtin);
        JsonNode root;
        try
        {
            root = JsonNode.Parse(utf8, reader.ListLimit);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut < 0 ? reason : reason[..cut]).TrimEnd('.', ' ');
            throw new BadInputException(file, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {reason}");
        }
        catch (JsonValueException e)
        {
            reader.FailAt(e.At, e.Reason);
            throw;
        }

        return reader.ReadSchedule(root);
    }

    /// <summary>
    /// The most entries any array under a top-level field may have, checked while the file is read so that
    /// an absurd list costs neither time nor memory: <see cref="Schedule.MaxBios"/> anywhere, and for the
    /// BIO lists no more than the BIOs the request maps to once the request has been read (its own
    /// errors are reported later, in file order, so a request that does not read leaves only the hard cap).
    /// </summary>
    private JsonArrayLimit ListLimit(string? field, IReadOnlyList<JsonField> before)
    {
        var hardCap = new JsonArrayLimit(
            Schedule.MaxBios,
            $"{(field is null ? "the array" : $"\"{field}\"")} has more than {Schedule.MaxBios} entries: a schedule may hold at most {Schedule.MaxBios} BIOs");
        if (field is not ("outcomes" or "arrival" or "alternateArrival")) return hardCap;
        var bios = BiosAtMost(before);
        return bios is { } n && n < Schedule.MaxBios
            ? new JsonArrayLimit((int)n, $"\"{field}\" has more than {n} entr{(n == 1 ? "y" : "ies")}: the request maps to {n} BIO{(n == 1 ? "" : "s")}")
            : hardCap;
    }

    /// <summary>
    /// The BIOs the request read so far maps to: exact when <c>freeBlocks</c> came before the list, otherwise
    /// an upper bound (free space can only cut the request shorter); null when there is no valid request yet.
    /// </summary>
    private long? BiosAtMost(IReadOnlyList<JsonField> before)
    {
        // A repeated field is reported later, in file order; until then it gives no bound.
        var requests = before.Where(f => f.Name == "request").ToList();
        var frees = before.Where(f => f.Name == "freeBlocks").ToList();
        if (requests.Count != 1 || frees.Count > 1) return null;
        try
        {
            var request = ReadRequest(requests[0].Value);
            if (request.Validate() is not null) return null;
            var free = frees is [{ Value: JsonNumberNode { Value: >= 0 and var n } }] ? n : (long?)null;
            var g = Geometry<bool, long>.Of(ConcreteAlgebra.Instance, request.ToTerms(free));
            return BioLayout<bool, long>.BioCount(request.Offset, g.Cut, request.MaxBioBytes);
        }
        catch (BadInputException)
        {
            return null;
        }
    }

    private Schedule ReadSchedule(JsonNode root)
    {
        var fields = Fields(root, "the schedule", TopFields);
        var versionNode = Required(fields, "version", root);
        var version = Long(versionNode, "version");
        if (version != Schedule.Version) Fail(versionNode, $"unsupported schedule version {version} (this tool reads version {Schedule.Version})");

        var requestNode = Required(fields, "request", root);
        var request = ReadRequest(requestNode);
        long? freeBlocks = null;
        if (fields.TryGetValue("freeBlocks", out var freeNode))
        {
            freeBlocks = Long(freeNode, "freeBlocks");
            if (freeBlocks < 0) Fail(freeNode, $"freeBlocks must not be negative (got {freeBlocks})");
        }

        var invalid = request.Validate();
        if (invalid is not null) Fail(requestNode, $"invalid request (EINVAL): {invalid}");
        var g = Geometry<bool, long>.Of(ConcreteAlgebra.Instance, request.ToTerms(freeBlocks));
        var bios = BioLayout<bool, long>.BioCount(request.Offset, g.Cut, request.MaxBioBytes);
        if (bios > Schedule.MaxBios) Fail(requestNode, $"the request maps to {bios} BIOs, more than the {Schedule.MaxBios} a schedule may hold");

        var outcomesNode = Required(fields, "outcomes", root);
        var outcomes = Array(outcomesNode, "outcomes", bios, Status);
        var arrival = Permutation(Required(fields, "arrival", root), "arrival", bios);
        var alternate = fields.TryGetValue("alternateArrival", out var altNode) ? Permutation(altNode, "alternateArrival", bios) : (ImmutableArray<int>?)null;

        PropertyId? property = null;
        if (fields.TryGetValue("property", out var propertyNode))
        {
            var text = Text(propertyNode, "property");
            property = PropertyCatalog.Parse(text) ?? Fail<PropertyId>(propertyNode, $"unknown property \"{text}\" (expected P1..P7)");
        }

        return new Schedule(request, freeBlocks, outcomes, arrival)
        {
            Policy = fields.TryGetValue("policy", out var policyNode) ? PolicyName(policyNode) : null,
            Property = property,
            ProducedBy = fields.TryGetValue("producedBy", out var byNode) ? Text(byNode, "producedBy") : null,
            AlternateArrival = alternate,
        };
    }

    private string PolicyName(JsonNode node)
    {
        var name = Text(node, "policy");
        return _catalog.Find(name) is null
            ? Fail<string>(node, $"unknown policy \"{name}\" (policies: {_catalog.Names})")
            : name;
    }

    private WriteRequest ReadRequest(JsonNode node)
    {
        var fields = Fields(node, "\"request\"", RequestFields);
        long Field(string name) => Long(fields.TryGetValue(name, out var v) ? v : Fail<JsonNode>(node, $"missing field \"{name}\" in \"request\""), name);
        return new WriteRequest(Field("offset"), Field("length"), Field("fileSize"), Field("blockSize"), Field("sectorSize"), Field("maxBioBytes"));
    }

    private ImmutableArray<int> Permutation(JsonNode node, string name, long bios)
    {
        var indices = Array(node, name, bios, item =>
        {
            var value = Long(item, name);
            return value < 0 || value >= bios
                ? Fail<int>(item, $"\"{name}\" names BIO {value}, but the request maps to {bios} BIOs numbered 0..{bios - 1}")
                : (int)value;
        });
        var seen = new bool[bios];
        for (var j = 0; j < indices.Length; j++)
        {
            if (seen[indices[j]]) Fail(((JsonArrayNode)node).Items[j], $"\"{name}\" names BIO {indices[j]} twice: it must be a permutation of 0..{bios - 1}");
            seen[indices[j]] = true;
        }

        return indices;
    }

    private ImmutableArray<T> Array<T>(JsonNode node, string name, long bios, Func<JsonNode, T> item)
    {
        if (node is not JsonArrayNode array) return Fail<ImmutableArray<T>>(node, $"\"{name}\" must be an array, not {node.Kind}");
        if (array.Items.Count != bios)
        {
            Fail(node, $"\"{name}\" has {array.Items.Count} entr{(array.Items.Count == 1 ? "y" : "ies")} but the request maps to {bios} BIO{(bios == 1 ? "" : "s")}");
        }

        return [.. array.Items.Select(item)];
    }

    private BioStatus Status(JsonNode node) => Text(node, "outcomes") switch
    {
        "ok" => BioStatus.Ok,
        "eio" => BioStatus.Eio,
        var other => Fail<BioStatus>(node, $"unknown outcome \"{other}\" (expected \"ok\" or \"eio\")"),
    };

    private Dictionary<string, JsonNode> Fields(JsonNode node, string what, string[] known)
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

    private JsonNode Required(Dictionary<string, JsonNode> fields, string name, JsonNode owner) =>
        fields.TryGetValue(name, out var node) ? node : Fail<JsonNode>(owner, $"missing field \"{name}\"");

    private long Long(JsonNode node, string name) => node switch
    {
        JsonNumberNode { Value: { } value } => value,
        JsonNumberNode number => Fail<long>(node, $"\"{name}\" must be an integer within a signed 64-bit long (got {number.Text})"),
        _ => Fail<long>(node, $"\"{name}\" must be an integer, not {node.Kind}"),
    };

    private string Text(JsonNode node, string name) =>
        node is JsonStringNode s ? s.Value : Fail<string>(node, $"\"{name}\" must be a string, not {node.Kind}");

    private void Fail(JsonNode node, string reason) => FailAt(node.At, reason);

    private T Fail<T>(JsonNode node, string reason)
    {
        FailAt(node.At, reason);
        return default!;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void FailAt(long byteOffset, string reason)
    {
        var (line, column) = JsonPosition.Of(_utf8, byteOffset);
        throw new BadInputException(_file, line, column, reason);
    }
}
