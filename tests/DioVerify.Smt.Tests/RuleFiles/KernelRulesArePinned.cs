using System.Text.RegularExpressions;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;
using Xunit;
using static DioVerify.Engine.Properties.PropertyId;
using static DioVerify.Smt.Tests.RuleFiles.CheckoutRules;

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

    private static readonly CheckoutRules Rules = new(Path.Combine("models", "policies", "kernel"));

    public static TheoryData<string> Names => [.. Pinned.Keys];

    [Fact]
    public void Every_kernel_rule_file_is_pinned_and_names_the_kernel_functions_it_models()
    {
        Assert.Equal(Pinned.Keys.Order(), Rules.All.Select(r => r.Name).Order());
        foreach (var file in Directory.GetFiles(Rules.Folder, "*.rule"))
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
        Assert.Equal(Pinned[name], Rules[name].Expected.Violated);

    [Theory]
    [MemberData(nameof(Names))]
    public void Exhaustive_exploration_up_to_four_bios_breaks_exactly_the_pinned_properties(string name) =>
        Assert.Equal(Pinned[name], ExploredViolations(Rules[name], 4));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_prover_up_to_two_bios_proves_the_rest_and_refutes_the_pinned_with_counterexamples_that_replay(string name)
    {
        var rule = Rules[name];
        using var session = new Z3Session();
        var prover = NewProver(session);
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

    [GeneratedRegex(@"fs/[a-z0-9_-]+(/[a-z0-9_-]+)*\.c\b")]
    private static partial Regex KernelFile();
}
