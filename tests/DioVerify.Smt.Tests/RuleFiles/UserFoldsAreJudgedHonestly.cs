using DioVerify.Engine.Input;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Write;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;
using Xunit;
using static DioVerify.Engine.Properties.PropertyId;
using static DioVerify.Smt.Tests.RuleFiles.CheckoutRules;

namespace DioVerify.Smt.Tests.RuleFiles;

/// <summary>
/// Rules with folds of their own (<c>examples/rules/fold-*.rule</c>): exploration and the prover agree on them, a fault
/// gets a minimal replayed counterexample, a fold that does not commute never lets the order lemma prove P6, a false
/// claim of commutation is refused at the claim, and no claim about every number of BIOs is proved without an
/// invariant for the folds.
/// </summary>
public sealed class UserFoldsAreJudgedHonestly
{
    private static readonly CheckoutRules Examples = new(Path.Combine("examples", "rules"), "fold-*.rule");

    public static TheoryData<string> Names => [.. Examples.All.Select(r => r.Name)];

    [Fact]
    public void The_examples_are_the_three_fold_rules() =>
        Assert.Equal(["highest-ok-by-fold", "last-arrival-by-fold", "prefix-by-fold"], Examples.All.Select(r => r.Name).Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void Exhaustive_exploration_up_to_four_bios_breaks_exactly_what_the_file_declares(string name)
    {
        var rule = Examples[name];
        Assert.Equal(rule.Expected.Violated, ExploredViolations(rule, 4));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_prover_at_two_bios_refutes_exactly_what_exploration_finds_there_with_counterexamples_that_replay(string name)
    {
        var rule = Examples[name];
        var explored = ExploredViolations(rule, 2);
        using var session = new Z3Session();
        var prover = NewProver(session);
        foreach (var property in PropertyCatalog.All)
        {
            var result = prover.Prove(new Obligation(rule, property, 2));
            if (explored.Contains(property))
            {
                Assert.Equal(ProofVerdict.Refuted, result.Verdict);
                Replay.Confirm("test", rule, property, result.Counterexample!);
            }
            else
            {
                Assert.True(result.Verdict == ProofVerdict.Proved, $"{property}: {result.Verdict}, {result.Reason}");
            }
        }
    }

    [Fact]
    public void Morton_by_fold_is_proved_at_three_bios_for_every_property()
    {
        using var session = new Z3Session();
        var prover = NewProver(session);
        Assert.All(PropertyCatalog.All, p => Assert.Equal(ProofVerdict.Proved, prover.Prove(new Obligation(Examples["prefix-by-fold"], p, 3)).Verdict));
    }

    [Fact]
    public void A_faulty_fold_rule_gets_a_minimal_counterexample_that_replays()
    {
        using var session = new Z3Session();
        var result = NewProver(session).Prove(new Obligation(Examples["highest-ok-by-fold"], P1, 3));
        Assert.Equal(ProofVerdict.Refuted, result.Verdict);
        var schedule = result.Counterexample!;
        Replay.Confirm("test", Examples["highest-ok-by-fold"], P1, schedule);

        // Fewest BIOs: with one BIO the highest ok end is the prefix's end, so two (a failure, then an ok BIO past it).
        Assert.Equal(2, schedule.Outcomes.Length);
    }

    [Fact]
    public void A_fold_that_does_not_commute_never_proves_P6_by_the_lemma_and_is_refuted_with_two_orders()
    {
        using var session = new Z3Session();
        var prover = NewProver(session);
        foreach (var bound in new int?[] { 3, null })
        {
            var result = prover.Prove(new Obligation(Examples["last-arrival-by-fold"], P6, bound));
            Assert.Equal(ProofVerdict.Refuted, result.Verdict);
            Assert.NotNull(result.Counterexample!.AlternateArrival);
            Replay.Confirm("test", Examples["last-arrival-by-fold"], P6, result.Counterexample);
        }
    }

    [Theory]
    [InlineData(P1)]
    [InlineData(P6)]
    public void Every_number_of_bios_is_unknown_without_an_invariant_for_the_folds_never_proved(PropertyId property)
    {
        using var session = new Z3Session();
        var result = NewProver(session).Prove(new Obligation(Examples["prefix-by-fold"], property, null));
        Assert.Equal(ProofVerdict.Unknown, result.Verdict);
        Assert.Contains("no invariant for user folds 'firstFailure', 'sawFailure'", result.Reason);
    }

    [Fact]
    public void Every_number_of_bios_is_refuted_when_the_bounded_search_finds_the_fault()
    {
        using var session = new Z3Session();
        var result = NewProver(session).Prove(new Obligation(Examples["highest-ok-by-fold"], P1, null));
        Assert.Equal(ProofVerdict.Refuted, result.Verdict);
        Replay.Confirm("test", Examples["highest-ok-by-fold"], P1, result.Counterexample!);
    }

    [Fact]
    public void The_exported_unbounded_obligation_of_a_fold_rule_holds_no_certificate_and_is_trivially_sat()
    {
        using var session = new Z3Session();
        var text = NewProver(session).SmtLib2(new Obligation(Examples["prefix-by-fold"], P1, null));
        Assert.Contains("; no certificate: no invariant for user folds", text);
        Assert.Single(text.Split("(check-sat)")[1..]);
        Assert.DoesNotContain("(assert", text.Replace("(assert true)", ""));
    }

    [Fact]
    public void The_checker_decides_which_folds_commute()
    {
        using var session = new Z3Session();
        bool Commutes(string name) => session.Run(scope =>
        {
            var rule = Examples[name];
            var folds = rule.UserFolds<Microsoft.Z3.BoolExpr, Microsoft.Z3.IntExpr>()!.Declared;
            return folds.All(f => UserFoldCommutation.Find(scope, rule, f, GeometryDomain.Family, TimeSpan.FromSeconds(60), out var undecided) is null && undecided is null);
        });
        Assert.True(Commutes("prefix-by-fold"));
        Assert.True(Commutes("highest-ok-by-fold"));
        Assert.False(Commutes("last-arrival-by-fold"));
    }

    [Fact]
    public void A_fold_declared_commutative_that_is_not_is_refused_at_the_claim_with_two_bios_that_show_it()
    {
        const string text = "rule bad-claim\ndescription \"d\"\n\ncommutative fold lastEnd = off\n  on complete = end\nreturn P";
        var rule = RulePolicy.Parse("bad.rule", text);
        using var session = new Z3Session();
        var error = Assert.Throws<BadInputException>(() => UserFoldCommutation.CheckClaims(session, rule, TimeSpan.FromSeconds(60)));
        Assert.StartsWith("bad.rule:4:1: fold 'lastEnd' is declared commutative but is not: from lastEnd = ", error.Message);

        // The witness is real: the two BIOs, applied by the concrete engine in both orders, end the fold differently.
        var witness = session.Run(scope => UserFoldCommutation.Find(scope, rule, rule.UserFolds<Microsoft.Z3.BoolExpr, Microsoft.Z3.IntExpr>()!.Declared[0], GeometryDomain.Family, TimeSpan.FromSeconds(60), out _))!;
        var a = Engine.Algebra.ConcreteAlgebra.Instance;
        var g = witness.Geometry;
        var geometry = Geometry<bool, long>.Of(a, new RequestTerms<long>(witness.Offset, witness.Length, 0, g.BlockSize, g.SectorSize, g.MaxBioBytes, long.MaxValue / g.BlockSize));
        var start = rule.UserFolds<bool, long>()!.Submit(a, geometry).With([long.Parse(witness.Before, System.Globalization.CultureInfo.InvariantCulture)], []);
        UserFolds<bool, long> Apply(UserFolds<bool, long> s, (long Start, long End, bool Ok) b) => s.Complete(a, b.Start, b.End, !b.Ok);
        Assert.NotEqual(Apply(Apply(start, witness.First), witness.Second).Ints[0], Apply(Apply(start, witness.Second), witness.First).Ints[0]);

        // And the message's own witness (the solver may pick another model each time it is asked) is as real: the two
        // BIOs it names, from the value it names, end the fold at the two values it names.
        var said = System.Text.RegularExpressions.Regex.Match(error.Message, @"from lastEnd = (-?\d+), BIO \[(\d+), (\d+)\) (ok|eio) then \[(\d+), (\d+)\) (ok|eio) gives (-?\d+), the other order gives (-?\d+)");
        Assert.True(said.Success, error.Message);
        long N(int group) => long.Parse(said.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        var from = start.With([N(1)], []);
        (long, long, bool) first = (N(2), N(3), said.Groups[4].Value == "ok"), second = (N(5), N(6), said.Groups[7].Value == "ok");
        Assert.Equal(N(8), Apply(Apply(from, first), second).Ints[0]);
        Assert.Equal(N(9), Apply(Apply(from, second), first).Ints[0]);
        Assert.NotEqual(N(8), N(9));
    }

    [Fact]
    public void A_fold_declared_commutative_that_is_passes_the_check()
    {
        using var session = new Z3Session();
        Assert.Empty(UserFoldCommutation.CheckClaims(session, Examples["prefix-by-fold"], TimeSpan.FromSeconds(60)));
    }
}
