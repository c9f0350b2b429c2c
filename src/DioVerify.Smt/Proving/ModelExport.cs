using DioVerify.Engine.Algebra;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Solving;

namespace DioVerify.Smt.Proving;

/// <summary>
/// A policy's engine and the properties as readable SMT-LIB2 definitions over symbolic inputs, for
/// models/: what the prover reasons about, shown at a small size a reviewer can follow.
/// </summary>
public static class ModelExport
{
    /// <summary>The BIO count and geometry the model files are drawn at.</summary>
    public const int Bios = 2;

    public static DeviceGeometry Geometry => DeviceGeometry.Family[0];

    public static string Render(Z3Session session, IPolicy policy, string producedBy) => session.Run(scope =>
    {
        var a = scope.Algebra;
        var g = Geometry;
        var write = new SymbolicWrite(scope, Bios);
        var (layout, count) = write.Layout(g, Bios);
        var outcome = write.Run(policy, layout, order: null);
        var facts = new RunFacts<Microsoft.Z3.BoolExpr, Microsoft.Z3.IntExpr>(a, layout, [.. write.Failed], outcome);
        var lines = new List<string>
        {
            $"; DioVerify model of policy {policy.Name} ({producedBy}); generated, drift-checked by 'dioverify check'",
            $"; rule: {policy.Rule}",
            $"; drawn at {Bios} BIOs completing in file order, geometry {g.Name} (S={g.SectorSize}, B={g.BlockSize}, M={g.MaxBioBytes});",
            "; the obligations in proofs/ use the same definitions for every BIO count, geometry and arrival order.",
            "; inputs: the request (offset, length, fileSize), the free space, and whether each BIO failed.",
            "(set-logic QF_LIA)",
            "(declare-fun offset () Int)",
            "(declare-fun length () Int)",
            "(declare-fun fileSize () Int)",
            "(declare-fun freeBlocks () Int)",
        };
        lines.AddRange(write.Failed.Select(f => $"(declare-fun {f} () Bool)"));
        void Define(string name, string sort, string comment, Microsoft.Z3.Expr term)
        {
            lines.Add($"; {comment}");
            lines.Add($"(define-fun {name} () {sort}\n  {term.ToString().Replace("\n", "\n  ")})");
        }

        Define("valid", "Bool", $"SPEC's validation, and the request maps to exactly {Bios} BIOs", a.And(write.Valid(g), count));
        Define("cut", "Int", "where allocation stopped (off + len when it did not)", layout.Geometry.Cut);
        Define("returned", "Int", "R: a byte count, or minus an errno (EIO 5, ENOSPC 28)", outcome.Returned);
        Define("newSize", "Int", "the file size after the write", outcome.NewSize);
        Define("keptEnd", "Int", "kept new blocks are [first new block, keptEnd)", outcome.KeptEnd);
        Define("prefix", "Int", "P: the contiguous durable prefix, from the outcomes in file order", facts.Prefix);
        foreach (var property in PropertyCatalog.PerRun)
        {
            Define(property.Id.ToString(), "Bool", $"{property.Name}: {property.Formal}", property.Holds(a, facts));
        }

        lines.Add($"; P6 {OrderIndependence.Name} relates two runs; see proofs/{policy.Name}.P6.*.smt2");
        return string.Join("\n", lines) + "\n";
    });
}
