using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;
using DioVerify.Exploration;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;

namespace DioVerify.Smt.Tests.RuleFiles;

/// <summary>
/// The rule files a test class judges: those matching a pattern in a folder of the checkout, read once in ordinal
/// order of their names (as the loader reads a folder) and looked up by rule name.
/// </summary>
internal sealed class CheckoutRules
{
    private readonly Lazy<IReadOnlyList<RulePolicy>> rules;

    public CheckoutRules(string folder, string pattern = "*.rule")
    {
        Folder = Path.Combine(Checkout.Root, folder);
        rules = new(() => RuleFileLoader.Load(Directory.GetFiles(Folder, pattern).Order(StringComparer.Ordinal)));
    }

    public string Folder { get; }

    public IReadOnlyList<RulePolicy> All => rules.Value;

    public RulePolicy this[string name] => All.Single(r => r.Name == name);

    /// <summary>The properties exhaustive exploration breaks at some number of BIOs from 0 to <paramref name="maxBios"/>, in order.</summary>
    public static IReadOnlyList<PropertyId> ExploredViolations(IPolicy rule, int maxBios) =>
    [
        .. Enumerable.Range(0, maxBios + 1)
            .SelectMany(bios => Explorer.Exhaustive(rule, bios).Tallies.Where(t => t.Violations > 0).Select(t => t.Property))
            .Distinct()
            .Order(),
    ];

    /// <summary>The prover these tests judge rule files with: a generous timeout, since a loaded machine must not turn a proof into unknown.</summary>
    public static Prover NewProver(Z3Session session) => new(session, TimeSpan.FromSeconds(120), VersionStamp.ProducedBy);
}
