using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// A per-run property (P1–P5, P7) up to a bound: one case per (BIO count, geometry) running the engine's own code,
/// covering the arrival orders as the encoding says (file order where P6 is proved, else every order).
/// </summary>
public static class BoundedRun
{
    public static ProofPlan Plan(IPolicy policy, IRunProperty property, SymbolicWrite write, int maxBios, GeometryDomain domain, ArrivalEncoding encoding) =>
        new(KindOf(encoding), DescriptionOf(encoding), null, BoundedCases.Of(maxBios, domain, (g, n) => write.RunViolation(policy, property, g, n, encoding)));

    public static ProofMethodKind KindOf(ArrivalEncoding encoding) => encoding switch
    {
        ArrivalEncoding.FileOrder => ProofMethodKind.BoundedFileOrder,
        ArrivalEncoding.Network => ProofMethodKind.BoundedEveryOrder,
        ArrivalEncoding.NetworkSameFolds => ProofMethodKind.BoundedEveryOrderSameFolds,
        _ => ProofMethodKind.ArrivalAbstractionThenEveryOrder,
    };

    /// <summary>
    /// The method a proofs/ header names. The files hold each case's full query, never its abstraction, so trying the
    /// abstraction first is named only in a result.
    /// </summary>
    public static string DescriptionOf(ArrivalEncoding encoding) => encoding switch
    {
        ArrivalEncoding.FileOrder => "bounded, file order (P6 proved by induction: every order gives the same outcome)",
        ArrivalEncoding.Network => "bounded, every arrival order (odd-even transposition network)",
        _ => "bounded, every arrival order (odd-even transposition network; the folds stated equal to file order's, by the order lemma's conditions 1-2)",
    };
}
