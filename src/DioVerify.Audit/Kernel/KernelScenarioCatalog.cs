using DioVerify.Engine.Input;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// A set of kernel scenarios, as a value: the built-in one (the files of <c>models/kernel-scenarios/</c>, embedded
/// in this assembly) or one a user points at — a scenario file, a folder of them, or a built-in name.
/// </summary>
public sealed class KernelScenarioCatalog
{
    private const string ResourcePrefix = "kernel-scenarios/";

    /// <summary>Where the built-in scenario files live in a checkout.</summary>
    public const string Folder = "models/kernel-scenarios";

    public KernelScenarioCatalog(IEnumerable<KernelScenario> scenarios)
    {
        Scenarios = [.. scenarios];
        var twice = Scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var second = twice.Skip(1).First();
            throw new BadInputException(second.Source, 0, 0, $"the scenario name \"{twice.Key}\" is taken by {twice.First().Source}: a scenario needs a name of its own");
        }
    }

    public IReadOnlyList<KernelScenario> Scenarios { get; }

    /// <summary>The built-in scenarios, in name order.</summary>
    public static KernelScenarioCatalog Builtin { get; } = LoadBuiltin();

    public KernelScenario? Find(string name) => Scenarios.FirstOrDefault(s => s.Name == name);

    public string Names => string.Join(", ", Scenarios.Select(s => s.Name));

    /// <summary>
    /// The scenarios <paramref name="spec"/> names: <c>all</c> (the built-ins), a built-in's name, a scenario file, or a
    /// folder whose <c>*.json</c> files are all scenarios. Null when it is none of these (the caller's usage error).
    /// </summary>
    public static KernelScenarioCatalog? Resolve(string spec)
    {
        if (spec == "all") return Builtin;
        if (Builtin.Find(spec) is { } named) return new([named]);
        if (Directory.Exists(spec))
        {
            var files = Directory.GetFiles(spec, "*.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new BadInputException(spec, 0, 0, "the folder holds no *.json scenario file");
            return new(files.Select(KernelScenarioReader.ReadFile));
        }

        return File.Exists(spec) ? new([KernelScenarioReader.ReadFile(spec)]) : null;
    }

    private static KernelScenarioCatalog LoadBuiltin()
    {
        var assembly = typeof(KernelScenarioCatalog).Assembly;
        return new(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return KernelScenarioReader.Parse(memory.ToArray(), $"{Folder}/{n[ResourcePrefix.Length..]}");
            })
            .OrderBy(s => s.Name, StringComparer.Ordinal));
    }
}
