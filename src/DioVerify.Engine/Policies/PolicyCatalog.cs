namespace DioVerify.Engine.Policies;

/// <summary>The open catalog of policies: adding one is adding its definition here.</summary>
public static class PolicyCatalog
{
    public static IReadOnlyList<IPolicy> All { get; } =
    [
        new LegacyAllOrNothing(),
        new ContiguousPrefix(),
        new IomapModern(),
        new NaivePartial(),
        new SumCompleted(),
        new ArrivalCutoff(),
        new HighestCompleted(),
        new PrefixStaleSize(),
        new PrefixKeepBlocks(),
        new PrefixZeroNotError(),
        new SectorCountUnits(),
    ];

    public static IPolicy? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    public static string Names => string.Join(", ", All.Select(p => p.Name));
}
