using System.Collections.Concurrent;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// The geometry cases an unbounded obligation of a policy is proved on. The wide domain keeps the sector and BIO sizes
/// symbolic; a policy whose finish divides or multiplies by one of them (sector-count-units reports <c>P / S</c>) would
/// leave linear arithmetic there, so it gets the same domain split one case per (S, B) pair, and a policy that is not
/// linear even then is proved on the family of ten geometries, which its verdicts then name as their whole domain.
/// </summary>
public static class UnboundedDomain
{
    private static readonly ConcurrentDictionary<(object Policy, GeometryDomain Requested), GeometryDomain> Chosen = new();

    /// <summary>The domain whose cases <paramref name="policy"/>'s unbounded obligations are proved on.</summary>
    public static GeometryDomain For(Z3Scope scope, IPolicy policy, GeometryDomain requested)
    {
        if (requested != GeometryDomain.Wide) return requested;
        var key = (policy is RulePolicy rule ? (object)(rule.Name, rule.Text) : policy, requested);
        if (Chosen.TryGetValue(key, out var known)) return known;
        var chosen = new[] { GeometryDomain.Wide, GeometryDomain.WidePerSector }.FirstOrDefault(d => Linear(scope, policy, d.Geometries[^1]))
            ?? GeometryDomain.Family;
        Chosen.TryAdd(key, chosen);
        return chosen;
    }

    /// <summary>Whether the engine's finish under the policy, on a free state over this geometry's request, is QF_LIA.</summary>
    private static bool Linear(Z3Scope scope, IPolicy policy, DeviceGeometry g)
    {
        IAlgebra<BoolExpr, IntExpr> a = scope.Algebra;
        var write = new SymbolicWrite(scope, 0);
        try
        {
            var geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
            var outcome = WriteEngine.Finish(a, policy, geometry, OrderLemma.FreeState(scope.Context, "linear", g, policy, geometry));
            LinearArithmeticGuard.Check([a.All(write.Valid(g), a.Eq(outcome.Returned, outcome.NewSize), a.Eq(outcome.KeptEnd, a.Int(0)))], Prover.Logic);
            return true;
        }
        catch (LogicViolationException)
        {
            return false;
        }
    }
}
