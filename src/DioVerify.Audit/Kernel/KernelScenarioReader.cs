using DioVerify.Linux.Io;
using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Reads a kernel scenario file (<c>dioverify-kernel-scenario/1</c>) strictly: an unknown or repeated field, a
/// wrong type, a missing field or a value out of range is an error naming <c>file:line:column</c> and why.
/// </summary>
public static class KernelScenarioReader
{
    public const string Format = "dioverify-kernel-scenario/1";

    /// <summary>The largest write a scenario may ask for: the audit stamps it in memory and the images are 64-320 MiB.</summary>
    public const long MaxLength = 64L * 1024 * 1024;

    /// <summary>The longest a device may hold a WRITE back.</summary>
    public const long MaxDelayMs = 5000;

    private static readonly string[] TopFields = ["format", "name", "story", "filesystems", "sectorSizes", "file", "write", "faults", "expect", "expectOn"];
    private static readonly string[] FileFields = ["data", "preallocated", "holes", "size", "nocow"];
    private static readonly string[] RangeFields = ["offset", "length"];
    private static readonly string[] WriteFields = ["offset", "length", "flags", "path"];
    private static readonly string[] FaultFields = ["eioBlocks", "tornBlocks", "delayBlocks", "delayMs", "freeBytes", "asyncDevice"];
    private static readonly string[] FileSystemFields = ["name", "base", "mkfsOptions", "mountOptions"];
    private static readonly string[] Flags = ["O_DSYNC"];
    private static readonly PropertyId[] Judged = [.. KernelJudgement.Judged];

    public static KernelScenario ReadFile(string path)
    {
        var (json, root) = StrictJson.ReadFile(path);
        return Read(json, root, path);
    }

    public static KernelScenario Parse(byte[] utf8, string file)
    {
        var (json, root) = StrictJson.Parse(utf8, file);
        return Read(json, root, file);
    }

    private static KernelScenario Read(StrictJson json, JsonNode root, string source)
    {
        var top = json.Fields(root, "the scenario", TopFields);
        var formatNode = json.Required(top, "format", root, "the scenario");
        var format = json.Text(formatNode, "format");
        if (format != Format) json.Fail(formatNode, $"unsupported format \"{format}\" (this tool reads {Format})");
        var nameNode = json.Required(top, "name", root, "the scenario");
        var name = json.Text(nameNode, "name");
        if (!IsKebab(name)) json.Fail(nameNode, $"\"name\" must be kebab-case (lower-case letters, digits and single dashes), got \"{name}\"");
        var story = json.Text(json.Required(top, "story", root, "the scenario"), "story");

        var fileSystems = top.TryGetValue("filesystems", out var fsNode) ? ReadFileSystems(json, fsNode) : KernelFileSystem.All;
        var sectorSizes = top.TryGetValue("sectorSizes", out var sectorsNode) ? ReadSectorSizes(json, sectorsNode) : [512];
        var file = top.TryGetValue("file", out var fileNode) ? ReadFile(json, fileNode) : FileSetup.Empty;

        var writeNode = json.Required(top, "write", root, "the scenario");
        var write = json.Fields(writeNode, "\"write\"", WriteFields);
        var offset = Aligned(json, json.Required(write, "offset", writeNode, "\"write\""), "offset", 0);
        var lengthNode = json.Required(write, "length", writeNode, "\"write\"");
        var length = Aligned(json, lengthNode, "length", 1);
        if (length > MaxLength) json.Fail(lengthNode, $"\"length\" must be at most {MaxLength} bytes (64 MiB; got {length})");
        var dsync = false;
        if (write.TryGetValue("flags", out var flagsNode))
        {
            foreach (var flag in json.Array(flagsNode, "flags", n => (Node: n, Text: json.Text(n, "flags"))))
            {
                if (!Flags.Contains(flag.Text)) json.Fail(flag.Node, $"unknown flag \"{flag.Text}\" (expected {string.Join(", ", Flags)}; O_DIRECT is always set)");
                dsync = true;
            }
        }

        var path = Linux.Io.IoPath.Pwrite;
        if (write.TryGetValue("path", out var pathNode))
        {
            var text = json.Text(pathNode, "path");
            path = IoPathNames.TryParse(text, out var parsedPath) ? parsedPath : json.Fail<Linux.Io.IoPath>(pathNode, $"unknown I/O path \"{text}\" (expected {IoPathNames.Names})");
        }

        var scenario = new KernelScenario
        {
            Name = name,
            Story = story,
            Source = source,
            FileSystems = fileSystems,
            SectorSizes = sectorSizes,
            File = file,
            Offset = offset,
            Length = length,
            DSync = dsync,
            Path = path,
        };
        if (top.TryGetValue("faults", out var faultsNode)) scenario = ReadFaults(json, faultsNode, scenario);
        if (top.TryGetValue("expect", out var expectNode)) scenario = scenario with { Expect = ReadVerdicts(json, expectNode, "expect") };
        if (top.TryGetValue("expectOn", out var onNode))
        {
            var names = fileSystems.Select(f => f.Name).ToList();
            var on = json.Map(onNode, "\"expectOn\"", n => names.Contains(n) ? null : $"\"expectOn\" names \"{n}\", which is not one of this scenario's filesystems ({string.Join(", ", names)})");
            scenario = scenario with { ExpectOn = on.ToDictionary(f => f.Name, f => ReadVerdicts(json, f.Value, $"expectOn.{f.Name}")) };
        }

        return scenario;
    }

    private static IReadOnlyList<KernelFileSystem> ReadFileSystems(StrictJson json, JsonNode node)
    {
        if (node is JsonStringNode { Value: "all" }) return KernelFileSystem.All;
        var list = json.Array(node, "filesystems", item =>
        {
            if (item is JsonStringNode s)
            {
                return KernelFileSystem.Find(s.Value) ?? json.Fail<KernelFileSystem>(item, $"unknown filesystem \"{s.Value}\" (expected {KernelFileSystem.Names}, or an object {{\"name\", \"base\", \"mkfsOptions\", \"mountOptions\"}})");
            }

            var fields = json.Fields(item, "a filesystem", FileSystemFields);
            var name = json.Text(json.Required(fields, "name", item, "a filesystem"), "name");
            if (!IsKebab(name)) json.Fail(fields["name"], $"a filesystem's \"name\" must be kebab-case, got \"{name}\"");
            var baseNode = json.Required(fields, "base", item, "a filesystem");
            var baseName = json.Text(baseNode, "base");
            var based = KernelFileSystem.Find(baseName) ?? json.Fail<KernelFileSystem>(baseNode, $"unknown base filesystem \"{baseName}\" (expected {KernelFileSystem.Names})");
            if (KernelFileSystem.Find(name) is not null && name != baseName) json.Fail(fields["name"], $"\"{name}\" is a built-in filesystem: a variant needs a name of its own");
            var extra = fields.TryGetValue("mkfsOptions", out var m) ? json.Array(m, "mkfsOptions", o => json.Text(o, "mkfsOptions")) : [];
            var mount = fields.TryGetValue("mountOptions", out var o) ? json.Text(o, "mountOptions") : based.MountOptions;
            return based with { Name = name, MkfsOptions = [.. based.MkfsOptions, .. extra], MountOptions = mount };
        });
        if (list.Count == 0) json.Fail(node, "\"filesystems\" must name at least one filesystem");
        var twice = list.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) json.Fail(node, $"\"filesystems\" names \"{twice.Key}\" twice");
        return list;
    }

    private static IReadOnlyList<int> ReadSectorSizes(StrictJson json, JsonNode node)
    {
        var sizes = json.Array(node, "sectorSizes", item =>
        {
            var value = json.Long(item, "sectorSizes");
            return value is 512 or 4096 ? (int)value : json.Fail<int>(item, $"a loop device's logical sector size is 512 or 4096 (got {value})");
        });
        if (sizes.Count == 0) json.Fail(node, "\"sectorSizes\" must name at least one sector size");
        return [.. sizes.Distinct()];
    }

    private static FileSetup ReadFile(StrictJson json, JsonNode node)
    {
        var fields = json.Fields(node, "\"file\"", FileFields);
        IReadOnlyList<FileRange> Ranges(string name) => fields.TryGetValue(name, out var n) ? json.Array(n, name, item => ReadRange(json, item, name)) : [];
        var size = fields.TryGetValue("size", out var sizeNode) ? json.Long(sizeNode, "size", 0, 1L << 40) : (long?)null;
        var nocow = fields.TryGetValue("nocow", out var nocowNode) && json.Bool(nocowNode, "nocow");
        return new FileSetup(Ranges("data"), Ranges("preallocated"), Ranges("holes"), size, nocow);
    }

    private static FileRange ReadRange(StrictJson json, JsonNode node, string what)
    {
        var fields = json.Fields(node, $"a range of \"{what}\"", RangeFields);
        var offset = Aligned(json, json.Required(fields, "offset", node, $"a range of \"{what}\""), "offset", 0);
        var lengthNode = json.Required(fields, "length", node, $"a range of \"{what}\"");
        var length = Aligned(json, lengthNode, "length", 1);
        if (length > MaxLength) json.Fail(lengthNode, $"\"length\" must be at most {MaxLength} bytes (got {length})");
        return new FileRange(offset, length);
    }

    private static KernelScenario ReadFaults(StrictJson json, JsonNode node, KernelScenario scenario)
    {
        var fields = json.Fields(node, "\"faults\"", FaultFields);
        var first = scenario.Offset / KernelScenario.FileBlockSize;
        var last = (scenario.Offset + scenario.Length) / KernelScenario.FileBlockSize - 1;
        IReadOnlyList<long> Blocks(string name) => fields.TryGetValue(name, out var n)
            ? json.Array(n, name, item =>
            {
                var block = json.Long(item, name, 0);
                return block >= first && block <= last ? block
                    : json.Fail<long>(item, $"file block {block} is outside the write, whose 4 KiB file blocks are {first}..{last}: the fault would never fire");
            })
            : [];
        scenario = scenario with
        {
            FailedFileBlocks = Blocks("eioBlocks"),
            TornFileBlocks = Blocks("tornBlocks"),
            DelayedFileBlocks = Blocks("delayBlocks"),
        };
        if (fields.TryGetValue("delayMs", out var delayNode)) scenario = scenario with { Delay = TimeSpan.FromMilliseconds(json.Long(delayNode, "delayMs", 0, MaxDelayMs)) };
        if (fields.TryGetValue("asyncDevice", out var asyncNode)) scenario = scenario with { AsyncDevice = json.Bool(asyncNode, "asyncDevice") };
        if (fields.TryGetValue("freeBytes", out var freeNode)) scenario = scenario with { FreeBytesLeft = json.Long(freeNode, "freeBytes", 0, 1L << 40) };
        return scenario;
    }

    private static IReadOnlyDictionary<PropertyId, bool> ReadVerdicts(StrictJson json, JsonNode node, string what)
    {
        var fields = json.Map(node, $"\"{what}\"", name =>
            PropertyCatalog.Parse(name) is { } id && Judged.Contains(id) ? null
            : $"\"{what}\" names \"{name}\": the kernel audit judges {string.Join(", ", Judged)} (P6 needs a second arrival order a kernel run cannot force)");
        return fields.ToDictionary(f => PropertyCatalog.Parse(f.Name)!.Value, f => json.Bool(f.Value, f.Name));
    }

    /// <summary>A byte count that is a multiple of 4096 (every sector size the audit uses, and the file block).</summary>
    private static long Aligned(StrictJson json, JsonNode node, string name, long min)
    {
        var value = json.Long(node, name, min, 1L << 40);
        if (value % KernelScenario.FileBlockSize != 0) json.Fail(node, $"\"{name}\" must be a multiple of 4096 so it is aligned for O_DIRECT on every sector size (got {value})");
        return value;
    }

    private static bool IsKebab(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
}
