using System.Reflection;
using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;

namespace DioVerify.Engine.RuleFiles;

/// <summary>
/// Reads rule files: the built-in catalog embedded from <c>models/policies/</c>, and users' files or folders. In a
/// folder, the <c>*.rule</c> files directly inside it load in ordinal order of their file names (the built-ins are
/// numbered for SPEC's order); subfolders are not read.
/// </summary>
public static class RuleFileLoader
{
    private const string ResourcePrefix = "policies/";

    /// <summary>Where the built-in rule files live in a checkout, as SARIF and messages name them.</summary>
    public const string BuiltinFolder = "models/policies";

    /// <summary>The rule files embedded in this assembly, in file-name order.</summary>
    public static IReadOnlyList<RulePolicy> Builtin()
    {
        var assembly = typeof(RuleFileLoader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".rule", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Embedded(assembly, n))];
    }

    private static RulePolicy Embedded(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var file = $"{BuiltinFolder}/{resource[ResourcePrefix.Length..]}";
        return RulePolicy.Parse(file, reader.ReadToEnd());
    }

    /// <summary>The rules of each path, a <c>.rule</c> file or a folder of them, in the order given.</summary>
    public static IReadOnlyList<RulePolicy> Load(IEnumerable<string> paths) => [.. paths.SelectMany(LoadOne)];

    private static IEnumerable<RulePolicy> LoadOne(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.rule").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new BadInputException(path, 0, 0, "the folder holds no *.rule file");
            return files.Select(ReadFile);
        }

        if (!File.Exists(path)) throw new BadInputException(path, 0, 0, "no such file or folder");
        return [ReadFile(path)];
    }

    private static RulePolicy ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(path, 0, 0, $"cannot read the file: {e.Message}");
        }

        var invalid = UnicodeText.FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            var before = bytes.AsSpan(0, invalid);
            var line = before.Count((byte)'\n') + 1;
            var column = invalid - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new BadInputException(path, line, column, "the file is not UTF-8");
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return RulePolicy.Parse(path, text.StartsWith('\uFEFF') ? text[1..] : text);
    }

    /// <summary>
    /// <paramref name="catalog"/> with <paramref name="rules"/> added; a rule whose name the catalog (or an earlier
    /// rule) already has is an error at its <c>rule</c> line, since a name must pick one definition.
    /// </summary>
    public static PolicyCatalog Extend(PolicyCatalog catalog, IReadOnlyList<RulePolicy> rules)
    {
        var seen = catalog.Policies.ToDictionary(p => p.Name, p => p is RulePolicy r ? $"{r.Source.File}:{r.Source.Line}" : "built in");
        foreach (var rule in rules)
        {
            var at = rule.Definition.NameAt;
            if (seen.TryGetValue(rule.Name, out var where))
            {
                var what = catalog.Find(rule.Name) is not null && where.StartsWith(BuiltinFolder, StringComparison.Ordinal) ? "a built-in policy" : "another rule";
                throw new BadInputException(rule.Definition.File, at.Line, at.Column, $"the name \"{rule.Name}\" is taken by {what} ({where}): a rule needs a name of its own");
            }

            seen[rule.Name] = $"{rule.Source.File}:{rule.Source.Line}";
        }

        return catalog.With(rules);
    }
}
