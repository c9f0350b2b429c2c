using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// The symbolic inputs of a write — offset, length, old size, free blocks and one outcome per BIO —
/// and the formulas that run the engine's own code over them. Every case shares these variables, so
/// a model of any case decodes into one schedule.
/// </summary>
public sealed class SymbolicWrite
{
    private readonly Context _context;
    private readonly Z3Algebra _a;

    public SymbolicWrite(Z3Scope scope, int maxBios)
    {
        _context = scope.Context;
        _a = scope.Algebra;
        Offset = _context.MkIntConst("offset");
        Length = _context.MkIntConst("length");
        FileSize = _context.MkIntConst("fileSize");
        FreeBlocks = _context.MkIntConst("freeBlocks");
        SectorSize = _context.MkIntConst("sectorSize");
        MaxBioBytes = _context.MkIntConst("maxBioBytes");
        MaxBioSectors = _context.MkIntConst("maxBioSectors");
        Failed = [.. Enumerable.Range(0, maxBios).Select(k => _context.MkBoolConst($"failed_{k}"))];
    }

    public IntExpr Offset { get; }

    public IntExpr Length { get; }

    public IntExpr FileSize { get; }

    public IntExpr FreeBlocks { get; }

    /// <summary>The sector size of a geometry that leaves it symbolic (<see cref="DeviceGeometry.SectorSizes"/>).</summary>
    public IntExpr SectorSize { get; }

    /// <summary>The BIO size of a geometry that leaves it symbolic (<see cref="DeviceGeometry.AnyBioSize"/>).</summary>
    public IntExpr MaxBioBytes { get; }

    /// <summary>A symbolic BIO size in sectors: <c>M = S·m</c>, <c>m ≥ 1</c>, a product by the numeral S.</summary>
    public IntExpr MaxBioSectors { get; }

    /// <summary>failed_k: BIO k completed with EIO (only the first n matter in a case with n BIOs).</summary>
    public IReadOnlyList<BoolExpr> Failed { get; }

    public RequestTerms<IntExpr> Request(DeviceGeometry g) =>
        new(Offset, Length, FileSize, _a.Int(g.BlockSize), g.SectorSizes is null ? _a.Int(g.SectorSize) : SectorSize, g.AnyBioSize ? MaxBioBytes : _a.Int(g.MaxBioBytes), FreeBlocks);

    /// <summary>SPEC's validation as a constraint: exactly the requests the properties range over.</summary>
    public BoolExpr Valid(DeviceGeometry g)
    {
        var a = _a;
        var max = a.Int(long.MaxValue);
        var end = a.Add(Offset, Length);
        // The conjuncts in the order (and so the terms) the committed bounded obligations were written with.
        var valid = a.All([
            a.Le(a.Int(0), Offset),
            a.Lt(a.Int(0), Length),
            a.Le(a.Int(0), FileSize),
            a.Le(a.Int(0), FreeBlocks),
            .. Aligned(g),
            a.Le(a.RoundUp(end, a.Int(g.BlockSize)), max),
            a.Le(FileSize, max),
            a.Le(FreeBlocks, max)]);
        return g.AnyBioSize ? a.All(valid, a.Le(a.Int(1), MaxBioSectors), a.Le(MaxBioBytes, max)) : valid;
    }

    /// <summary>
    /// Offset and length (and a symbolic BIO size) are multiples of the sector size. A symbolic sector size is a choice
    /// among numerals, each with its own remainders, so no remainder is ever taken by a symbol (QF_LIA).
    /// </summary>
    private IEnumerable<BoolExpr> Aligned(DeviceGeometry g)
    {
        var a = _a;
        IEnumerable<BoolExpr> By(long sector)
        {
            yield return a.Eq(a.Mod(Offset, a.Int(sector)), a.Int(0));
            yield return a.Eq(a.Mod(Length, a.Int(sector)), a.Int(0));

            // M = S·m rather than M mod S = 0: measured, z3 then sees M >= S at once, where the remainder form left
            // sector-count-units' P7 safety (P / S > 0) past 20 s on one (S, B) case.
            if (g.AnyBioSize) yield return a.Eq(MaxBioBytes, a.Mul(a.Int(sector), MaxBioSectors));
        }

        return g.SectorSizes is { } sizes
            ? [a.AnyOf([.. sizes.Select(s => a.And(a.Eq(SectorSize, a.Int(s)), a.AllOf(By(s))))])]
            : By(g.SectorSize);
    }

    /// <summary>The BIOs of an n-BIO case and the condition that the request really maps to n BIOs.</summary>
    public (BioLayout<BoolExpr, IntExpr> Layout, BoolExpr MapsToCount) Layout(DeviceGeometry g, int bios)
    {
        var geometry = Geometry<BoolExpr, IntExpr>.Of(_a, Request(g));
        return (BioLayout<BoolExpr, IntExpr>.Split(_a, geometry, bios), BioLayout<BoolExpr, IntExpr>.HasCount(_a, geometry, bios));
    }

    /// <summary>Runs the engine's submit/on_complete/finish over the BIOs in the order the network routes them (file order if null).</summary>
    public Outcome<IntExpr> Run(IPolicy policy, BioLayout<BoolExpr, IntExpr> layout, ArrivalNetwork? order) => Finish(policy, layout, Complete(policy, layout, order));

    /// <summary>A run with n BIOs that violates a per-run property, its arrival orders covered as <paramref name="encoding"/> says.</summary>
    public ProofCase RunViolation(IPolicy policy, IRunProperty property, DeviceGeometry g, int bios, ArrivalEncoding encoding)
    {
        // What the full query and the abstraction share, built once for whichever of them is asked for first.
        var parts = new Lazy<(BoolExpr Premise, Func<CompletionState<BoolExpr, IntExpr>, BoolExpr> Violated, BioLayout<BoolExpr, IntExpr> Layout, CompletionState<BoolExpr, IntExpr> FileOrder)>(() =>
        {
            var (layout, count) = Layout(g, bios);
            BoolExpr Violated(CompletionState<BoolExpr, IntExpr> final) =>
                _a.Not(property.Holds(_a, new RunFacts<BoolExpr, IntExpr>(_a, layout, [.. Failed.Take(bios)], Finish(policy, layout, final))));
            return (_a.All(Valid(g), count), Violated, layout, Complete(policy, layout, null));
        });

        ProofQuery Query()
        {
            var (premise, violated, layout, fileOrder) = parts.Value;
            if (encoding == ArrivalEncoding.FileOrder) return new ProofQuery(_a.And(premise, violated(fileOrder)), null, null);

            var order = new ArrivalNetwork(_context, $"arrival_{Tag(g, bios)}", bios);
            var routed = Complete(policy, layout, order);

            // The folds ending as in file order is implied (adjacent swaps preserve them), so stating it removes
            // no model; it spares the solver re-deriving that a sum, a minimum and a maximum are invariant under
            // the network's swaps, which it could not do at 16 BIOs.
            var sameFolds = encoding == ArrivalEncoding.Network ? _a.Bool(true) : OrderLemma.SameFold(_a, routed, fileOrder);
            return new ProofQuery(_a.All(premise, sameFolds, violated(routed)), order, null);
        }

        // The invariant holds at the end of every order whose BIOs are all well-formed; that they are is its own query.
        IReadOnlyList<BoolExpr> Abstraction()
        {
            var (premise, violated, layout, fileOrder) = parts.Value;
            var (some, invariant) = ArrivalAbstraction.Final(_context, _a, fileOrder, $"some_arrival_{Tag(g, bios)}");
            return [_a.And(premise, ArrivalAbstraction.MalformedBio(_a, layout)), _a.All(premise, invariant, violated(some))];
        }

        return new ProofCase(g, bios, Query, encoding == ArrivalEncoding.AbstractedThenNetwork ? Abstraction : null);
    }

    /// <summary>P6 by self-composition: two arrival orders of the same n outcomes with different results.</summary>
    public ProofCase OrderViolation(IPolicy policy, DeviceGeometry g, int bios) => new(g, bios, () =>
    {
        var (layout, count) = Layout(g, bios);
        var first = new ArrivalNetwork(_context, $"arrival_{Tag(g, bios)}", bios);
        var second = new ArrivalNetwork(_context, $"alternate_{Tag(g, bios)}", bios);
        var differ = _a.Not(OrderIndependence.Agree(_a, Run(policy, layout, first), Run(policy, layout, second)));
        return new ProofQuery(_a.All(Valid(g), count, differ), first, second);
    });

    /// <summary>The state after every BIO of the layout completes, in the network's order (file order if null), with the policy's user folds.</summary>
    private CompletionState<BoolExpr, IntExpr> Complete(IPolicy policy, BioLayout<BoolExpr, IntExpr> layout, ArrivalNetwork? order)
    {
        var bios = Enumerable.Range(0, layout.Count).Select(k => (Start: layout.Starts[k], End: layout.Ends[k], Failed: Failed[k])).ToList();
        var arriving = order is null ? bios : order.Route(bios, (s, x, y) => (_a.Ite(s, x.Start, y.Start), _a.Ite(s, x.End, y.End), _a.IteBool(s, x.Failed, y.Failed)));
        return WriteEngine.States(_a, layout.Geometry, arriving, policy).Last();
    }

    private Outcome<IntExpr> Finish(IPolicy policy, BioLayout<BoolExpr, IntExpr> layout, CompletionState<BoolExpr, IntExpr> final) =>
        WriteEngine.Finish(_a, policy, layout.Geometry, final);

    private static string Tag(DeviceGeometry g, int bios) => $"{g.Name.Replace('-', '_')}_n{bios}";
}
