using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Cli.Commands;

/// <summary>
/// P6 for every arrival order, proved at the CLI edge (the engine and the reports stay solver-free) for the one geometry
/// a replayed schedule has: the same unbounded P6 obligation <c>prove --unbounded</c> decides (the order lemma, by
/// induction over arrivals), with that geometry as its whole domain, so the proof covers the schedule and claims no more.
/// </summary>
public static class OrderIndependenceProofs
{
    /// <summary>Each case's budget: the lemma is decided within milliseconds per geometry where it holds.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>One fact per policy: proved (with its domain), or why not (no libz3, the lemma fails, no answer in time).</summary>
    public static Dictionary<IPolicy, OrderIndependenceProof> For(IEnumerable<IPolicy> policies, WriteRequest request)
    {
        var list = policies.ToList();
        try
        {
            using var session = new Smt.Solving.Z3Session();
            var geometry = new DeviceGeometry($"sector-{request.SectorSize}-block-{request.BlockSize}-bio-{request.MaxBioBytes}", request.SectorSize, request.BlockSize, request.MaxBioBytes);
            var options = ProverOptions.WithTimeout(Budget) with { Geometries = new GeometryDomain([geometry]), UnboundedGeometries = null };
            var prover = new Prover(session, options, VersionStamp.ProducedBy);
            return list.ToDictionary(p => p, p => Of(prover.Prove(new Obligation(p, PropertyId.P6, null))));
        }
        catch (Z3UnavailableException e)
        {
            return list.ToDictionary(p => p, _ => OrderIndependenceProof.Unavailable($"no solver to prove it ({e.Message.Split('.')[0]})"));
        }
    }

    private static OrderIndependenceProof Of(ProofResult result) => result switch
    {
        { Verdict: ProofVerdict.Proved, Domain: { } domain, InternalError: null } => OrderIndependenceProof.For(domain),
        { Verdict: ProofVerdict.Refuted } => OrderIndependenceProof.Unavailable("refuted for some schedule on this geometry (see prove --unbounded --property P6)"),
        _ => OrderIndependenceProof.Unavailable(result.Reason ?? "the solver gave no answer"),
    };
}
