using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The kernel's own rules, <c>models/policies/kernel/*.rule</c>, embedded in this assembly and loaded through the
/// rule-file parser as a catalog value, so the audit can predict what each filesystem should return from the
/// BIO outcomes it observed.
/// </summary>
public static class KernelRules
{
    public const string IomapExt4 = "kernel-iomap-ext4";
    public const string IomapXfs = "kernel-iomap-xfs";
    public const string LegacyDirectIo = "kernel-legacy-direct-io";
    public const string BtrfsBufferedFallback = "kernel-btrfs-buffered-fallback";
    public const string BtrfsNocow = "kernel-btrfs-nocow";

    private const string ResourcePrefix = "kernel-rules/";

    /// <summary>Where the rule files live in a checkout, as reports name them.</summary>
    public const string Folder = "models/policies/kernel";

    /// <summary>The five kernel rules, as a catalog.</summary>
    public static PolicyCatalog Catalog { get; } = Load();

    private static PolicyCatalog Load()
    {
        var assembly = typeof(KernelRules).Assembly;
        var rules = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return RulePolicy.Parse($"{Folder}/{n[ResourcePrefix.Length..]}", reader.ReadToEnd());
            });
        return new PolicyCatalog(rules);
    }
}
