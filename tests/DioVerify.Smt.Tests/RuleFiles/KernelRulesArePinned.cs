using System.Text.RegularExpressions;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;
using Xunit;
using static DioVerify.Engine.Properties.PropertyId;

namespace DioVerify.Smt.Tests.RuleFiles;

/// <summary>
/// The real kernels' rules shipped in <c>models/policies/kernel/</c>: each cites the kernel source it models, and
/// breaks exactly the properties pinned here — by exhaustive exploration and by the prover — so an edit to a kernel
/// file's rule or its <c>violates</c> lines is a deliberate change of this table, never a silent one.
/// </summary>
public sealed partial class KernelRulesArePinned
{
    private static readonly Dictionary<string, PropertyId[]> Pinned = new()
    {
        ["kernel-iomap-ext4"] = [P3],
        ["kernel-iomap-xfs"] = [P3, P5],
        ["kernel-legacy-direct-io"] = [P3],
        ["kernel-btrfs-buffered-fallback"] = [P3, P4],
        ["kernel-btrfs-nocow"] = [P3, P4],
    };

    private static readonly string Folder = Path.Combine(Checkout.Root, "models", "policies", "kernel");

    private static readonly Lazy<IReadOnlyList<RulePolicy>> Rules = new(() => RuleFileLoader.Load([Folder]));

    public static TheoryData<string> Names => [.. Pinned.Keys];

    [Fact]
    public void Every_kernel_rule_file_is_pinned_and_names_the_kernel_functions_it_models()
    {
        Assert.Equal(Pinned.Keys.Order(), Rules.Value.Select(r => r.Name).Order());
        foreach (var file in Directory.GetFiles(Folder, "*.rule"))
        {
            var text = File.ReadAllText(file);
            Assert.Contains("Kernel source", text);
            Assert.Matches(KernelFile(), text);
            Assert.Contains("Left out", text);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_file_claims_exactly_the_pinned_violations(string name) =>
        Assert.Equal(Pinned[name], Rule(name).Expected.Violated);

    [Theory]
    [MemberData(nameof(Names))]
    public void Exhaustive_exploration_up_to_four_bios_breaks_exactly_the_pinned_properties(string name)
    {
        var rule = Rule(name);
        var violated = Enumerable.Range(0, 5)
            .SelectMany(bios => Explorer.Exhaustive(rule, bios).Tallies.Where(t => t.Violations > 0).Select(t => t.Property))
            .Distinct()
            .Order();
        Assert.Equal(Pinned[name], violated);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_prover_up_to_two_bios_proves_the_rest_and_refutes_the_pinned_with_counterexamples_that_replay(string name)
    {
        var rule = Rule(name);
        using var session = new Z3Session();
        var prover = new Prover(session, TimeSpan.FromSeconds(120), VersionStamp.ProducedBy);
        foreach (var property in PropertyCatalog.All)
        {
            var result = prover.Prove(new Obligation(rule, property, 2));
            if (Pinned[name].Contains(property))
            {
                Assert.Equal(ProofVerdict.Refuted, result.Verdict);
                Replay.Confirm("test", rule, property, result.Counterexample!);
            }
            else
            {
                Assert.Equal(ProofVerdict.Proved, result.Verdict);
            }
        }
    }

    private static IPolicy Rule(string name) => Rules.Value.Single(r => r.Name == name);

    [GeneratedRegex(@"fs/[a-z0-9_-]+(/[a-z0-9_-]+)*\.c\b")]
    private static partial Regex KernelFile();
}
