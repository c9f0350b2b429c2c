using System.Collections.Immutable;
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

    private readonly StrictJson _json;
    private readonly PolicyCatalog _catalog;

    private ScheduleReader(StrictJson json, PolicyCatalog catalog)
    {
        _json = json;
        _catalog = catalog;
    }

    /// <summary>Reads and validates the schedule file at <paramref name="path"/>.</summary>
    /// <param name="catalog">The policies a <c>"policy"</c> field may name (the built-in catalog when null).</param>
    public static Schedule ReadFile(string path, PolicyCatalog? catalog = null) =>
        Parse(StrictJson.ReadBytes(path, "the schedule"), path, catalog);

    /// <summary>Parses and validates schedule v1 text; <paramref name="file"/> names it in errors.</summary>
    /// <param name="catalog">The policies a <c>"policy"</c> field may name (the built-in catalog when null).</param>
    public static Schedule Parse(byte[] utf8, string file, PolicyCatalog? catalog = null)
    {
        var reader = new ScheduleReader(new StrictJson(utf8, file), catalog ?? PolicyCatalog.Builtin);
        return reader.ReadSchedule(reader._json.Root(reader.ListLimit));
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
        var fields = _json.Fields(root, "the schedule", TopFields);
        var versionNode = _json.Required(fields, "version", root);
        var version = _json.Long(versionNode, "version");
        if (version != Schedule.Version) _json.Fail(versionNode, $"unsupported schedule version {version} (this tool reads version {Schedule.Version})");

        var requestNode = _json.Required(fields, "request", root);
        var request = ReadRequest(requestNode);
        long? freeBlocks = null;
        if (fields.TryGetValue("freeBlocks", out var freeNode))
        {
            freeBlocks = _json.Long(freeNode, "freeBlocks");
            if (freeBlocks < 0) _json.Fail(freeNode, $"freeBlocks must not be negative (got {freeBlocks})");
        }

        var invalid = request.Validate();
        if (invalid is not null) _json.Fail(requestNode, $"invalid request (EINVAL): {invalid}");
        var g = Geometry<bool, long>.Of(ConcreteAlgebra.Instance, request.ToTerms(freeBlocks));
        var bios = BioLayout<bool, long>.BioCount(request.Offset, g.Cut, request.MaxBioBytes);
        if (bios > Schedule.MaxBios) _json.Fail(requestNode, $"the request maps to {bios} BIOs, more than the {Schedule.MaxBios} a schedule may hold");

        var outcomesNode = _json.Required(fields, "outcomes", root);
        var outcomes = Array(outcomesNode, "outcomes", bios, Status);
        var arrival = Permutation(_json.Required(fields, "arrival", root), "arrival", bios);
        var alternate = fields.TryGetValue("alternateArrival", out var altNode) ? Permutation(altNode, "alternateArrival", bios) : (ImmutableArray<int>?)null;

        PropertyId? property = null;
        if (fields.TryGetValue("property", out var propertyNode))
        {
            var text = _json.Text(propertyNode, "property");
            property = PropertyCatalog.Parse(text) ?? _json.Fail<PropertyId>(propertyNode, $"unknown property \"{text}\" (expected P1..P7)");
        }

        return new Schedule(request, freeBlocks, outcomes, arrival)
        {
            Policy = fields.TryGetValue("policy", out var policyNode) ? PolicyName(policyNode) : null,
            Property = property,
            ProducedBy = fields.TryGetValue("producedBy", out var byNode) ? _json.Text(byNode, "producedBy") : null,
            AlternateArrival = alternate,
        };
    }

    private string PolicyName(JsonNode node)
    {
        var name = _json.Text(node, "policy");
        return _catalog.Find(name) is null
            ? _json.Fail<string>(node, $"unknown policy \"{name}\" (policies: {_catalog.Names})")
            : name;
    }

    private WriteRequest ReadRequest(JsonNode node)
    {
        var fields = _json.Fields(node, "\"request\"", RequestFields);
        long Field(string name) => _json.Long(_json.Required(fields, name, node, "\"request\""), name);
        return new WriteRequest(Field("offset"), Field("length"), Field("fileSize"), Field("blockSize"), Field("sectorSize"), Field("maxBioBytes"));
    }

    private ImmutableArray<int> Permutation(JsonNode node, string name, long bios)
    {
        var indices = Array(node, name, bios, item =>
        {
            var value = _json.Long(item, name);
            return value < 0 || value >= bios
                ? _json.Fail<int>(item, $"\"{name}\" names BIO {value}, but the request maps to {bios} BIOs numbered 0..{bios - 1}")
                : (int)value;
        });
        var seen = new bool[bios];
        for (var j = 0; j < indices.Length; j++)
        {
            if (seen[indices[j]]) _json.Fail(((JsonArrayNode)node).Items[j], $"\"{name}\" names BIO {indices[j]} twice: it must be a permutation of 0..{bios - 1}");
            seen[indices[j]] = true;
        }

        return indices;
    }

    private ImmutableArray<T> Array<T>(JsonNode node, string name, long bios, Func<JsonNode, T> item)
    {
        if (node is not JsonArrayNode array) return _json.Fail<ImmutableArray<T>>(node, $"\"{name}\" must be an array, not {node.Kind}");
        if (array.Items.Count != bios)
        {
            _json.Fail(node, $"\"{name}\" has {array.Items.Count} entr{(array.Items.Count == 1 ? "y" : "ies")} but the request maps to {bios} BIO{(bios == 1 ? "" : "s")}");
        }

        return [.. array.Items.Select(item)];
    }

    private BioStatus Status(JsonNode node) => _json.Text(node, "outcomes") switch
    {
        "ok" => BioStatus.Ok,
        "eio" => BioStatus.Eio,
        var other => _json.Fail<BioStatus>(node, $"unknown outcome \"{other}\" (expected \"ok\" or \"eio\")"),
    };
}
