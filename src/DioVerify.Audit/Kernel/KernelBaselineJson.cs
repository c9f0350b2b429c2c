using DioVerify.Linux.Io;
using System.Text.Json;
using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The baseline file: <c>{"format": "dioverify-kernel-baseline/1", "kernel", "producedBy", "entries": [{"fs",
/// "scenario", "path", "sectorSize", "properties": {"P1": true, …}, "returned", "size", "ruleConforms",
/// "observed"}]}</c>. A verdict or observation may be a list of accepted values. Read strictly.
/// </summary>
public static class KernelBaselineJson
{
    private static readonly string[] TopFields = ["format", "kernel", "producedBy", "entries"];
    private static readonly string[] EntryFields = ["fs", "scenario", "path", "sectorSize", "properties", "returned", "size", "ruleConforms", "observed"];
    private static readonly string[] ObservedFields = ["returned", "prefix", "fileSize"];
    private static readonly string[] ReturnedClasses = ["length", "prefix", "short", "zero"];
    private static readonly string[] SizeClasses = ["unchanged", "end", "returned", "other"];

    public static void Write(KernelBaseline baseline, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", KernelBaseline.Format);
        json.WriteString("kernel", baseline.Kernel);
        if (baseline.ProducedBy is { } by) json.WriteString("producedBy", by);
        json.WriteStartArray("entries");
        foreach (var e in baseline.Entries)
        {
            json.WriteStartObject();
            json.WriteString("fs", e.FileSystem);
            json.WriteString("scenario", e.Scenario);
            json.WriteString("path", e.Path);
            json.WriteNumber("sectorSize", e.SectorSize);
            json.WriteStartObject("properties");
            foreach (var (id, accepted) in e.Properties) WriteOneOrMany(json, id.ToString(), accepted, (w, v) => w.WriteBooleanValue(v));
            json.WriteEndObject();
            WriteOneOrMany(json, "returned", e.Returned, (w, v) => w.WriteStringValue(v));
            WriteOneOrMany(json, "size", e.Size, (w, v) => w.WriteStringValue(v));
            if (e.RuleConforms.Count > 0) WriteOneOrMany(json, "ruleConforms", e.RuleConforms, (w, v) => w.WriteBooleanValue(v));
            if (e.RawReturned is { } r)
            {
                json.WriteStartObject("observed");
                json.WriteNumber("returned", r);
                if (e.RawPrefix is { } p) json.WriteNumber("prefix", p);
                if (e.RawSize is { } s) json.WriteNumber("fileSize", s);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static KernelBaseline ReadFile(string path)
    {
        var (json, root) = StrictJson.ReadFile(path);
        var top = json.Fields(root, "the baseline", TopFields);
        var formatNode = json.Required(top, "format", root, "the baseline");
        var format = json.Text(formatNode, "format");
        if (format != KernelBaseline.Format) json.Fail(formatNode, $"unsupported format \"{format}\" (this tool reads {KernelBaseline.Format})");
        var kernel = json.Text(json.Required(top, "kernel", root, "the baseline"), "kernel");
        var by = top.TryGetValue("producedBy", out var byNode) ? json.Text(byNode, "producedBy") : null;
        var entries = json.Array(json.Required(top, "entries", root, "the baseline"), "entries", node => Entry(json, node));
        var twice = entries.GroupBy(e => e.Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) json.Fail(top["entries"], $"two entries for {twice.Key}");
        return new KernelBaseline(kernel, by, entries);
    }

    private static BaselineEntry Entry(StrictJson json, JsonNode node)
    {
        const string what = "a baseline entry";
        var f = json.Fields(node, what, EntryFields);
        var fs = json.Text(json.Required(f, "fs", node, what), "fs");
        var scenario = json.Text(json.Required(f, "scenario", node, what), "scenario");
        var pathNode = json.Required(f, "path", node, what);
        var path = json.Text(pathNode, "path");
        if (!IoPathNames.TryParse(path, out _)) json.Fail(pathNode, $"unknown I/O path \"{path}\" (expected {IoPathNames.Names})");
        var sectorNode = json.Required(f, "sectorSize", node, what);
        var sector = json.Long(sectorNode, "sectorSize");
        if (sector is not (512 or 4096)) json.Fail(sectorNode, $"\"sectorSize\" is 512 or 4096 (got {sector})");
        var propertiesNode = json.Required(f, "properties", node, what);
        var judged = KernelJudgement.Judged;
        var properties = json.Map(propertiesNode, "\"properties\"", name =>
                PropertyCatalog.Parse(name) is { } id && judged.Contains(id) ? null : $"\"properties\" names \"{name}\" (expected {string.Join(", ", judged)})")
            .ToDictionary(p => PropertyCatalog.Parse(p.Name)!.Value, p => OneOrMany(json, p.Value, p.Name, json.Bool));
        var missing = judged.FirstOrDefault(id => !properties.ContainsKey(id), PropertyId.P6);
        if (missing != PropertyId.P6) json.Fail(propertiesNode, $"missing verdict \"{missing}\" in \"properties\"");
        var returned = OneOrMany(json, json.Required(f, "returned", node, what), "returned", (n, name) =>
        {
            var text = json.Text(n, name);
            return ReturnedClasses.Contains(text) || (text.Length > 1 && text[0] == 'E' && text.Skip(1).All(char.IsAsciiLetterUpper)) ? text
                : json.Fail<string>(n, $"\"returned\" is an errno name or one of {string.Join(", ", ReturnedClasses)} (got \"{text}\")");
        });
        var size = OneOrMany(json, json.Required(f, "size", node, what), "size", (n, name) =>
        {
            var text = json.Text(n, name);
            return SizeClasses.Contains(text) ? text : json.Fail<string>(n, $"\"size\" is one of {string.Join(", ", SizeClasses)} (got \"{text}\")");
        });
        var rule = f.TryGetValue("ruleConforms", out var ruleNode) ? OneOrMany(json, ruleNode, "ruleConforms", json.Bool) : [];
        var entry = new BaselineEntry(fs, scenario, path, (int)sector, properties, returned, size, rule);
        if (f.TryGetValue("observed", out var observedNode))
        {
            var o = json.Fields(observedNode, "\"observed\"", ObservedFields);
            entry = entry with
            {
                RawReturned = o.TryGetValue("returned", out var r) ? json.Long(r, "returned") : null,
                RawPrefix = o.TryGetValue("prefix", out var p) ? json.Long(p, "prefix") : null,
                RawSize = o.TryGetValue("fileSize", out var s) ? json.Long(s, "fileSize") : null,
            };
        }

        return entry;
    }

    private static IReadOnlyList<T> OneOrMany<T>(StrictJson json, JsonNode node, string name, Func<JsonNode, string, T> read)
    {
        if (node is not JsonArrayNode array) return [read(node, name)];
        if (array.Items.Count == 0) json.Fail(node, $"\"{name}\" lists no accepted value");
        return [.. array.Items.Select(item => read(item, name))];
    }

    private static void WriteOneOrMany<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> values, Action<Utf8JsonWriter, T> write)
    {
        json.WritePropertyName(name);
        if (values.Count == 1)
        {
            write(json, values[0]);
            return;
        }

        json.WriteStartArray();
        foreach (var v in values) write(json, v);
        json.WriteEndArray();
    }
}
