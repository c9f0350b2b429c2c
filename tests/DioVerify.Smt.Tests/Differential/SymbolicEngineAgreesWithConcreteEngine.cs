using System.Collections.Immutable;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;
using DioVerify.Generators;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Z3;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests.Differential;

/// <summary>
/// The differential check between the two interpretations of the one engine: for concrete schedules,
/// the symbolic engine with its inputs fixed gives exactly the reference engine's return value, size,
/// kept blocks, prefix and property values. Done twice — by folding numerals through
/// <see cref="Z3Algebra"/>, and by pinning the prover's own symbolic inputs (<see cref="SymbolicWrite"/>,
/// arrival networks) to the schedule and reading the solver's model, which also checks the exact
/// formulas the prover decides. The schedules are seeded random draws (<see cref="RandomSchedules"/>),
/// every explored shape, and FsCheck cases from the shared generators (<see cref="ScheduleGenerators"/>),
/// which shrink a disagreement to a small schedule.
/// </summary>
public sealed class SymbolicEngineAgreesWithConcreteEngine(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20_250_302;
    private const int FoldedSamples = 400;
    private const int SolvedSamples = 40;
    private const int MaxBios = 8;
    private const int SolvedMaxBios = 5;
    private const int GeneratedCases = 300;
    private const int GeneratedTopOfRangeCases = 100;
    private const int GeneratedSolvedCases = 30;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void Folding_numerals_through_the_engine_gives_the_reference_engine_results_on_random_schedules()
    {
        var drawn = RandomSchedules.Draw(Seed, FoldedSamples, MaxBios).ToList();
        output.WriteLine(Describe(drawn));

        foreach (var sample in drawn)
        {
            AssertFoldedAgrees(sample);
        }
    }

    [Fact]
    public void Folding_numerals_through_the_engine_gives_the_reference_engine_results_on_every_explored_shape_and_outcome_vector()
    {
        var count = 0;
        for (var bios = 0; bios <= 4; bios++)
        {
            foreach (var shape in RequestShapes.For(bios))
            {
                for (var mask = 0; mask < 1 << bios; mask++)
                {
                    var outcomes = Enumerable.Range(0, bios).Select(k => (mask >> k & 1) == 1 ? BioStatus.Eio : BioStatus.Ok);
                    var identity = Enumerable.Range(0, bios).ToImmutableArray();
                    var schedule = new Schedule(shape.Request, shape.FreeBlocks, [.. outcomes], identity.Reverse().ToImmutableArray());
                    var r = shape.Request;
                    var geometry = new DeviceGeometry(shape.Name, r.SectorSize, r.BlockSize, r.MaxBioBytes);
                    AssertFoldedAgrees(new DrawnSchedule(schedule, identity, geometry, $"shape {shape.Name}, outcome mask {mask}"));
                    count++;
                }
            }
        }

        output.WriteLine($"{count} schedules");
    }

    [Fact]
    public void The_provers_symbolic_write_pinned_to_a_random_schedule_evaluates_to_the_reference_engine_results()
    {
        var drawn = RandomSchedules.Draw(Seed + 1, SolvedSamples, SolvedMaxBios).ToList();
        output.WriteLine(Describe(drawn));

        foreach (var sample in drawn)
        {
            AssertSolvedAgrees(sample);
        }
    }

    [Fact]
    public void Folding_numerals_through_the_engine_gives_the_reference_engine_results_on_FsCheck_generated_schedules()
    {
        Prop.ForAll(ScheduleGenerators.ReorderedSchedules(), (ReorderedSchedule pair) => AssertFoldedAgrees(Generated(pair)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(GeneratedCases));
    }

    [Fact]
    public void Folding_numerals_through_the_engine_gives_the_reference_engine_results_on_FsCheck_schedules_near_2_pow_63()
    {
        var topOfRange = Arb.From(ScheduleGenerators.TopOfRangeGen, ScheduleGenerators.Shrink);
        Prop.ForAll(topOfRange, (Schedule s) => AssertFoldedAgrees(Generated(new ReorderedSchedule(s with { AlternateArrival = [.. s.Arrival.Reverse()] }))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(GeneratedTopOfRangeCases));
    }

    [Fact]
    public void The_provers_symbolic_write_pinned_to_an_FsCheck_generated_schedule_evaluates_to_the_reference_engine_results()
    {
        var small = ScheduleGenerators.ReorderedSchedules().Filter(pair => pair.Schedule.Outcomes.Length <= SolvedMaxBios);
        Prop.ForAll(small, (ReorderedSchedule pair) => AssertSolvedAgrees(Generated(pair)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(GeneratedSolvedCases));
    }

    [Fact]
    public void The_random_schedules_cover_the_situations_the_spec_distinguishes()
    {
        var drawn = RandomSchedules.Draw(Seed, FoldedSamples, MaxBios).Concat(RandomSchedules.Draw(Seed + 1, SolvedSamples, SolvedMaxBios)).ToList();
        var geometries = drawn.Select(d => ConcreteLayout.Of(d.Schedule.Request, d.Schedule.FreeBlocks).Geometry).ToList();

        Assert.Contains(drawn, d => d.Schedule.Outcomes.Length == 0);
        Assert.Contains(drawn, d => d.Schedule.Outcomes.Length >= 4);
        Assert.Contains(geometries, g => g.IsCut && g.Cut > g.Offset);
        Assert.Contains(geometries, g => !g.IsCut);
        Assert.Contains(drawn, d => d.Schedule.FailureCount > 0 && d.Schedule.FailureCount < d.Schedule.Outcomes.Length);
        Assert.Contains(drawn, d => d.Schedule.Outcomes.Length > 1 && d.Schedule.FailureCount == d.Schedule.Outcomes.Length);
        Assert.Contains(drawn, d => d.Schedule.Request.Offset > long.MaxValue / 2);
        Assert.Contains(drawn, d => d.Schedule.Request.Offset > d.Schedule.Request.FileSize);
        Assert.Contains(drawn, d => d.Schedule.Request.FileSize % d.Schedule.Request.SectorSize != 0);
        Assert.Contains(drawn, d => d.Schedule.Request.MaxBioBytes % d.Schedule.Request.BlockSize != 0);
        Assert.Contains(drawn, d => d.Schedule.FreeBlocks is null);
        Assert.Contains(drawn, d => d.Schedule.Arrival.Length > 2 && !d.Schedule.Arrival.SequenceEqual(d.SecondArrival));
        Assert.All(DeviceGeometry.Family, g => Assert.Contains(drawn, d => d.Geometry == g));
        Assert.Contains(drawn, d => !DeviceGeometry.Family.Contains(d.Geometry));
    }

    /// <summary>What one policy's run is compared on; equal records mean the interpretations agree.</summary>
    private sealed record RunValues(
        long Cut,
        bool IsCut,
        long FirstNewBlock,
        long AllocEnd,
        string Bios,
        long Returned,
        long NewSize,
        long KeptEnd,
        long Prefix,
        bool AnyFailed,
        string Properties,
        bool SameOutcomeForSecondArrival,
        long FileOrderReturned,
        long FileOrderNewSize,
        long FileOrderKeptEnd);

    private static RunValues Concrete(IPolicy policy, DrawnSchedule drawn)
    {
        var a = ConcreteAlgebra.Instance;
        var s = drawn.Schedule;
        var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
        var failed = s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
        var outcome = WriteEngine.Run(a, policy, layout, failed, Longs(s.Arrival));
        var second = WriteEngine.Run(a, policy, layout, failed, Longs(drawn.SecondArrival));
        var fileOrder = WriteEngine.Run(a, policy, layout, failed, Longs(Enumerable.Range(0, layout.Count)));
        var facts = new RunFacts<bool, long>(a, layout, failed, outcome);
        var g = layout.Geometry;
        return new RunValues(
            g.Cut, g.IsCut, g.FirstNewBlock, g.AllocEnd,
            Bios(layout.Starts, layout.Ends),
            outcome.Returned, outcome.NewSize, outcome.KeptEnd, facts.Prefix, facts.AnyFailed,
            Properties(PropertyCatalog.PerRun.Select(p => p.Holds(a, facts))),
            OrderIndependence.Agree(a, outcome, second),
            fileOrder.Returned, fileOrder.NewSize, fileOrder.KeptEnd);
    }

    private void AssertFoldedAgrees(DrawnSchedule drawn)
    {
        var expected = PolicyCatalog.Builtin.Policies.Select(p => Concrete(p, drawn)).ToList();
        var actual = session.Run(scope =>
        {
            var a = scope.Algebra;
            var s = drawn.Schedule;
            var r = s.Request;
            var terms = new RequestTerms<IntExpr>(
                a.Int(r.Offset), a.Int(r.Length), a.Int(r.FileSize), a.Int(r.BlockSize), a.Int(r.SectorSize), a.Int(r.MaxBioBytes),
                a.Int(s.FreeBlocks ?? long.MaxValue));
            var g = Geometry<BoolExpr, IntExpr>.Of(a, terms);
            var n = s.Outcomes.Length;
            var layout = BioLayout<BoolExpr, IntExpr>.Split(a, g, n);
            Assert.True(Bool(BioLayout<BoolExpr, IntExpr>.HasCount(a, g, n)), $"the folded geometry does not map to {n} BIOs: {drawn}");
            BoolExpr[] failed = [.. s.Outcomes.Select(o => a.Bool(o == BioStatus.Eio))];
            IntExpr[] Order(IEnumerable<int> order) => [.. order.Select(i => a.Int(i))];

            return PolicyCatalog.Builtin.Policies.Select(policy =>
            {
                var outcome = WriteEngine.Run(a, policy, layout, failed, Order(s.Arrival));
                var second = WriteEngine.Run(a, policy, layout, failed, Order(drawn.SecondArrival));
                var fileOrder = WriteEngine.Run(a, policy, layout, failed, Order(Enumerable.Range(0, n)));
                var facts = new RunFacts<BoolExpr, IntExpr>(a, layout, failed, outcome);
                return new RunValues(
                    Int(g.Cut), Bool(g.IsCut), Int(g.FirstNewBlock), Int(g.AllocEnd),
                    Bios(layout.Starts.Select(Int).ToList(), layout.Ends.Select(Int).ToList()),
                    Int(outcome.Returned), Int(outcome.NewSize), Int(outcome.KeptEnd), Int(facts.Prefix), Bool(facts.AnyFailed),
                    Properties(PropertyCatalog.PerRun.Select(p => Bool(p.Holds(a, facts)))),
                    Bool(OrderIndependence.Agree(a, outcome, second)),
                    Int(fileOrder.Returned), Int(fileOrder.NewSize), Int(fileOrder.KeptEnd));
            }).ToList();
        });

        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"{PolicyCatalog.Builtin.Policies[i].Name} on {drawn}\nconcrete: {expected[i]}\nfolded:   {actual[i]}");
        }
    }

    private void AssertSolvedAgrees(DrawnSchedule drawn)
    {
        var s = drawn.Schedule;
        var n = s.Outcomes.Length;
        var expected = PolicyCatalog.Builtin.Policies.Select(p => Concrete(p, drawn)).ToList();
        session.Run(scope =>
        {
            var a = scope.Algebra;
            var c = scope.Context;
            var g = drawn.Geometry;
            var write = new SymbolicWrite(scope, n);
            var (layout, mapsToCount) = write.Layout(g, n);

            // Named as SymbolicWrite names its networks, so the pins below also fix the orders of the
            // prover's own cases (RunViolation, OrderViolation) built afterwards.
            var tag = $"{g.Name.Replace('-', '_')}_n{n}";
            var arrival = new ArrivalNetwork(c, $"arrival_{tag}", n);
            var alternate = new ArrivalNetwork(c, $"alternate_{tag}", n);
            var r = s.Request;
            List<BoolExpr> pins =
            [
                a.Eq(write.Offset, a.Int(r.Offset)),
                a.Eq(write.Length, a.Int(r.Length)),
                a.Eq(write.FileSize, a.Int(r.FileSize)),
                a.Eq(write.FreeBlocks, a.Int(s.FreeBlocks ?? long.MaxValue)),
                .. Enumerable.Range(0, n).Select(k => a.Iff(write.Failed[k], a.Bool(s.Outcomes[k] == BioStatus.Eio))),
                .. arrival.Indices(a).Select((index, j) => a.Eq(index, a.Int(s.Arrival[j]))),
                .. alternate.Indices(a).Select((index, j) => a.Eq(index, a.Int(drawn.SecondArrival[j]))),
            ];

            var check = scope.Check(pins, Generous);

            Assert.True(check.Verdict == SolverVerdict.Sat, $"pinning the symbolic write to the schedule is {check.Verdict} ({check.ReasonUnknown}): {drawn}");
            var model = check.Model!;
            Assert.True(model.Bool(write.Valid(g)), $"the symbolic validation rejects a valid request: {drawn}");
            Assert.True(model.Bool(mapsToCount), $"the symbolic request does not map to {n} BIOs: {drawn}");
            Assert.Equal(s.Arrival, arrival.Indices(a).Select(i => (int)model.Int(i)));
            Assert.Equal(drawn.SecondArrival, alternate.Indices(a).Select(i => (int)model.Int(i)));
            BoolExpr[] failed = [.. write.Failed.Take(n)];

            for (var i = 0; i < PolicyCatalog.Builtin.Policies.Count; i++)
            {
                var policy = PolicyCatalog.Builtin.Policies[i];
                var outcome = write.Run(policy, layout, arrival);
                var second = write.Run(policy, layout, alternate);
                var fileOrder = write.Run(policy, layout, null);
                var facts = new RunFacts<BoolExpr, IntExpr>(a, layout, failed, outcome);
                var gt = layout.Geometry;
                var actual = new RunValues(
                    model.Int(gt.Cut), model.Bool(gt.IsCut), model.Int(gt.FirstNewBlock), model.Int(gt.AllocEnd),
                    Bios(layout.Starts.Select(model.Int).ToList(), layout.Ends.Select(model.Int).ToList()),
                    model.Int(outcome.Returned), model.Int(outcome.NewSize), model.Int(outcome.KeptEnd), model.Int(facts.Prefix), model.Bool(facts.AnyFailed),
                    Properties(PropertyCatalog.PerRun.Select(p => model.Bool(p.Holds(a, facts)))),
                    model.Bool(OrderIndependence.Agree(a, outcome, second)),
                    model.Int(fileOrder.Returned), model.Int(fileOrder.NewSize), model.Int(fileOrder.KeptEnd));
                Assert.True(expected[i] == actual, $"{policy.Name} on {drawn}\nconcrete: {expected[i]}\nmodel:    {actual}");

                // The prover's own case formulas: satisfied exactly when the concrete run violates the property. The
                // every-order case states that the folds end as in file order: true of every real run, or this fails.
                foreach (var property in PropertyCatalog.PerRun)
                {
                    var holds = property.Holds(ConcreteAlgebra.Instance, ConcreteFacts(policy, s, s.Arrival));
                    var violation = write.RunViolation(policy, property, g, n, ArrivalEncoding.NetworkSameFolds).Formula;
                    Assert.True(model.Bool(violation) == !holds, $"{policy.Name} {property.Id}: case formula is {model.Bool(violation)}, concrete holds = {holds}, on {drawn}");

                    var fileOrderHolds = property.Holds(ConcreteAlgebra.Instance, ConcreteFacts(policy, s, Enumerable.Range(0, n)));
                    var fileOrderViolation = write.RunViolation(policy, property, g, n, ArrivalEncoding.FileOrder).Formula;
                    Assert.True(model.Bool(fileOrderViolation) == !fileOrderHolds, $"{policy.Name} {property.Id} (file order): case formula is {model.Bool(fileOrderViolation)}, concrete holds = {fileOrderHolds}, on {drawn}");
                }

                var differ = !expected[i].SameOutcomeForSecondArrival;
                Assert.True(model.Bool(write.OrderViolation(policy, g, n).Formula) == differ, $"{policy.Name} P6: pair formula disagrees (concrete outcomes differ = {differ}) on {drawn}");
            }
        });
    }

    /// <summary>A generated schedule as the differential checks take it, its geometry named by its sizes.</summary>
    private static DrawnSchedule Generated(ReorderedSchedule pair)
    {
        var r = pair.Schedule.Request;
        var geometry = new DeviceGeometry($"generated-s{r.SectorSize}-b{r.BlockSize}-m{r.MaxBioBytes}", r.SectorSize, r.BlockSize, r.MaxBioBytes);
        return new DrawnSchedule(pair.Schedule with { AlternateArrival = null }, pair.Alternate, geometry, "FsCheck case");
    }

    private static RunFacts<bool, long> ConcreteFacts(IPolicy policy, Schedule s, IEnumerable<int> arrival)
    {
        var a = ConcreteAlgebra.Instance;
        var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
        var failed = s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
        return new RunFacts<bool, long>(a, layout, failed, WriteEngine.Run(a, policy, layout, failed, Longs(arrival)));
    }

    private static long[] Longs(IEnumerable<int> order) => [.. order.Select(i => (long)i)];

    private static string Bios(IReadOnlyList<long> starts, IReadOnlyList<long> ends) =>
        string.Join(" ", starts.Zip(ends, (s, e) => $"[{s},{e})"));

    private static string Properties(IEnumerable<bool> holds) =>
        string.Join(" ", PropertyCatalog.PerRun.Zip(holds, (p, h) => $"{p.Id}:{(h ? "holds" : "FAILS")}"));

    private static long Int(IntExpr term) =>
        term is IntNum number ? (long)number.BigInteger : throw new Xunit.Sdk.XunitException($"the folded engine built the term {term}, not a numeral");

    private static bool Bool(BoolExpr term) => term.BoolValue switch
    {
        Z3_lbool.Z3_L_TRUE => true,
        Z3_lbool.Z3_L_FALSE => false,
        _ => throw new Xunit.Sdk.XunitException($"the folded engine built the term {term}, not true or false"),
    };

    private static string Describe(List<DrawnSchedule> drawn)
    {
        var bios = drawn.GroupBy(d => d.Schedule.Outcomes.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        return $"{drawn.Count} schedules; by BIO count {string.Join(" ", bios)}; cut {drawn.Count(d => ConcreteLayout.Of(d.Schedule.Request, d.Schedule.FreeBlocks).Geometry.IsCut)}; "
            + $"family geometries {drawn.Count(d => DeviceGeometry.Family.Contains(d.Geometry))}";
    }
}
