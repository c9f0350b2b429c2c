using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;

namespace DioVerify.Engine.Policies;

/// <summary>
/// A catalog of policies, as a value: the built-in one, or any other a caller composes (user rules, test-only
/// faults). Everything that resolves a policy name is handed the catalog it should resolve against.
/// </summary>
public sealed class PolicyCatalog
{
    public PolicyCatalog(IEnumerable<IPolicy> policies)
    {
        Policies = [.. policies];
        var duplicate = Policies.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"two policies are named \"{duplicate.Key}\"", nameof(policies));
    }

    /// <summary>
    /// The built-in catalog: the rule files of <c>models/policies/</c>, embedded in this assembly and loaded at start, in
    /// file-name order (SPEC's eleven first: Morton's rule, the real kernels' rules and the planted faults).
    /// </summary>
    public static PolicyCatalog Builtin { get; } = new(RuleFileLoader.Builtin());

    public IReadOnlyList<IPolicy> Policies { get; }

    public IPolicy? Find(string name) => Policies.FirstOrDefault(p => p.Name == name);

    /// <summary>The planted faults: each policy with each property it is expected to violate, in catalog order.</summary>
    public IEnumerable<(IPolicy Policy, PropertyId Property)> PlantedFaults =>
        Policies.SelectMany(policy => policy.Expected.Violated.Select(property => (policy, property)));

    /// <summary>The names, comma-separated, for messages that list what a user may type.</summary>
    public string Names => string.Join(", ", Policies.Select(p => p.Name));

    /// <summary>This catalog with <paramref name="more"/> added after its own policies.</summary>
    public PolicyCatalog With(IEnumerable<IPolicy> more) => new(Policies.Concat(more));
}
