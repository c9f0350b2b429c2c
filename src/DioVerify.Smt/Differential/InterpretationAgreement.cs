using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Differential;

/// <summary>
/// The differential check between the interpretations, as data: each policy runs each schedule through the
/// reference engine (<see cref="ConcreteAlgebra"/>) and through the symbolic one on numerals
/// (<see cref="CheckedAlgebra"/> over <see cref="Z3Algebra"/>, whose folding turns every operation into a numeral
/// by Z3's own semantics), and every schedule whose results differ is returned — all of them, never only the first.
/// </summary>
/// <remarks>
/// "Undefined" is a result too: the reference engine throws <see cref="UndefinedArithmeticException"/> exactly
/// where the symbolic run records a violated side condition, and both must say so on the same schedules. With the
/// algebra's one semantics, a disagreement means a policy that does not go through the algebra (it tests which
/// interpretation it runs in, or computes outside it) or a broken interpretation.
/// </remarks>
public static class InterpretationAgreement
{
    /// <summary>Schedules per run of the check: about a second per policy on this machine kind.</summary>
    public const int DefaultSamples = 300;

    /// <summary>BIOs per schedule at most: the arithmetic is the same at any count, and each BIO costs a completion.</summary>
    public const int DefaultMaxBios = 6;

    /// <summary>The disagreements of <paramref name="policies"/> on the seeded <see cref="BoundarySchedules"/>.</summary>
    public static IReadOnlyList<Disagreement> Check(Z3Session session, IEnumerable<IPolicy> policies, int seed, int samples = DefaultSamples, int maxBios = DefaultMaxBios)
    {
        ArgumentNullException.ThrowIfNull(session);
        var schedules = BoundarySchedules.Draw(seed, samples, maxBios).ToList();
        return [.. policies.SelectMany(policy => Check(session, policy, schedules))];
    }

    /// <summary>The disagreements of one policy on the given valid schedules.</summary>
    public static IReadOnlyList<Disagreement> Check(Z3Session session, IPolicy policy, IReadOnlyList<Schedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(session);
        var concrete = schedules.Select(s => Concrete(policy, s)).ToList();
        var symbolic = session.Run(scope => schedules.Select(s => Symbolic(scope, policy, s)).ToList());
        return [.. schedules.Select((s, i) => (s, i))
            .Where(x => concrete[x.i] != symbolic[x.i])
            .Select(x => new Disagreement(policy.Name, x.s with { Policy = policy.Name }, concrete[x.i], symbolic[x.i]))];
    }

    private static string Concrete(IPolicy policy, Schedule s)
    {
        try
        {
            var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
            var failed = s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
            var outcome = WriteEngine.Run(ConcreteAlgebra.Instance, policy, layout, failed, [.. s.Arrival.Select(i => (long)i)]);
            return Describe(outcome.Returned.ToString(), outcome.NewSize.ToString(), outcome.KeptEnd.ToString());
        }
        catch (UndefinedArithmeticException)
        {
            return Undefined;
        }
    }

    private static string Symbolic(Z3Scope scope, IPolicy policy, Schedule s)
    {
        var a = new CheckedAlgebra(scope.Algebra);
        var r = s.Request;
        var terms = new RequestTerms<IntExpr>(
            a.Int(r.Offset), a.Int(r.Length), a.Int(r.FileSize), a.Int(r.BlockSize), a.Int(r.SectorSize), a.Int(r.MaxBioBytes),
            a.Int(s.FreeBlocks ?? long.MaxValue));
        var layout = BioLayout<BoolExpr, IntExpr>.Split(a, Geometry<BoolExpr, IntExpr>.Of(a, terms), s.Outcomes.Length);
        var outcome = WriteEngine.Run(a, policy, layout, [.. s.Outcomes.Select(o => a.Bool(o == BioStatus.Eio))], [.. s.Arrival.Select(i => a.Int(i))]);

        // On numerals every recorded condition is the constant false: an operation left long or divided by 0.
        return a.Conditions.Count > 0 ? Undefined : Describe(Numeral(outcome.Returned), Numeral(outcome.NewSize), Numeral(outcome.KeptEnd));
    }

    private const string Undefined = "undefined (an operation leaves long or divides by 0)";

    private static string Describe(string returned, string newSize, string keptEnd) => $"R={returned}, size={newSize}, kept to {keptEnd}";

    private static string Numeral(IntExpr e) => e is IntNum n ? n.BigInteger.ToString() : $"a term, not a numeral: {e}";
}
