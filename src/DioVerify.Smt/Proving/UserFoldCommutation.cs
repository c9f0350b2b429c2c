using DioVerify.Engine.Algebra;
using DioVerify.Engine.Input;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// Whether a user fold commutes — <c>update(update(v, a), b) = update(update(v, b), a)</c> for every value <c>v</c> and
/// any two distinct BIOs <c>a</c>, <c>b</c> of a valid request (the order lemma's condition 1 for that fold; its
/// condition 2 holds by construction, since an update reads only its own value, the BIO and the request) — and, where
/// it does not, the two BIOs that show it.
/// </summary>
public static class UserFoldCommutation
{
    /// <summary>Two BIOs whose order changes the fold, on one request.</summary>
    public sealed record Witness(
        string Fold, DeviceGeometry Geometry, long Offset, long Length, string Before,
        (long Start, long End, bool Ok) First, (long Start, long End, bool Ok) Second, string AfterFirstThenSecond, string AfterSecondThenFirst)
    {
        /// <summary>The witness in one line, as a rule file's error gives it.</summary>
        public string Describe() =>
            $"from {Fold} = {Before}, BIO {Bio(First)} then {Bio(Second)} gives {AfterFirstThenSecond}, the other order gives {AfterSecondThenFirst} " +
            $"(offset {Offset}, length {Length}, geometry {Geometry.Name}: S={Geometry.SectorSize}, B={Geometry.BlockSize}, M={Geometry.MaxBioBytes})";

        private static string Bio((long Start, long End, bool Ok) b) => $"[{b.Start}, {b.End}) {(b.Ok ? "ok" : "eio")}";
    }

    /// <summary>The negation of the fold's commutation on geometry <paramref name="g"/>, with what decodes a model.</summary>
    public static (BoolExpr Violation, BoolExpr Readable, Func<SatModel, Witness> Decode) Violation(Z3Scope scope, IPolicy policy, UserFoldDeclaration fold, DeviceGeometry g, SymbolicWrite write)
    {
        var a = scope.Algebra;
        var c = scope.Context;
        var geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
        var v = OrderLemma.FreeUserFolds(c, "commute", g, policy, geometry) ?? throw new ArgumentException($"{policy.Name} has no user folds", nameof(policy));
        var x = OrderLemma.FreeBio(c, "first", g);
        var y = OrderLemma.FreeBio(c, "second", g);
        var xy = v.Complete(a, x.Start, x.End, x.Failed).Complete(a, y.Start, y.End, y.Failed);
        var yx = v.Complete(a, y.Start, y.End, y.Failed).Complete(a, x.Start, x.End, x.Failed);
        Expr Value(UserFolds<BoolExpr, IntExpr> s) => fold.IsBoolean ? s.Bools[fold.Slot] : s.Ints[fold.Slot];
        var differ = fold.IsBoolean ? a.Not(a.Iff(xy.Bools[fold.Slot], yx.Bools[fold.Slot])) : a.Not(a.Eq(xy.Ints[fold.Slot], yx.Ints[fold.Slot]));
        var violation = a.All(write.Valid(g), OrderLemma.RealBios(a, geometry, x, y), differ);

        // What a person would recognise as BIOs: sector-aligned, at most M bytes, on a request below 64 KiB. Asked first
        // by Find, for a readable witness; the claim is judged by the violation alone.
        var sector = a.Int(g.SectorSize);
        BoolExpr Readable((IntExpr Start, IntExpr End, BoolExpr Failed) b) => a.All(
            a.Eq(a.Mod(b.Start, sector), a.Int(0)), a.Eq(a.Mod(b.End, sector), a.Int(0)), a.Le(a.Sub(b.End, b.Start), a.Int(g.MaxBioBytes)));
        var readable = a.All(Readable(x), Readable(y), a.Le(write.Offset, a.Int(1 << 16)), a.Le(write.Length, a.Int(1 << 16)));

        Witness Decode(SatModel m)
        {
            string Text(Expr e) => e is BoolExpr b ? (m.Bool(b) ? "true" : "false") : m.Int((IntExpr)e).ToString(System.Globalization.CultureInfo.InvariantCulture);
            (long, long, bool) Bio((IntExpr Start, IntExpr End, BoolExpr Failed) b) => (m.Int(b.Start), m.Int(b.End), !m.Bool(b.Failed));
            return new Witness(fold.Name, g, m.Int(write.Offset), m.Int(write.Length), Text(Value(v)), Bio(x), Bio(y), Text(Value(xy)), Text(Value(yx)));
        }

        return (violation, readable, Decode);
    }

    /// <summary>
    /// The fold on every geometry of <paramref name="domain"/>: null when it commutes on all, the first witness where it
    /// does not; <paramref name="undecided"/> is set when some geometry was not decided within <paramref name="timeout"/>.
    /// </summary>
    public static Witness? Find(Z3Scope scope, IPolicy policy, UserFoldDeclaration fold, GeometryDomain domain, TimeSpan timeout, out string? undecided)
    {
        undecided = null;
        var write = new SymbolicWrite(scope, 0);
        foreach (var g in domain.Geometries)
        {
            var (violation, readable, decode) = Violation(scope, policy, fold, g, write);
            // QF_LIA first; an update that multiplies or divides by a variable is nonlinear, which only the default solver takes.
            var result = scope.Check([violation], timeout, logic: Prover.Logic);
            if (result.Verdict == SolverVerdict.Unknown) result = scope.Check([violation], timeout);
            if (result.Verdict == SolverVerdict.Sat)
            {
                var nice = scope.Check([violation, readable], timeout, logic: Prover.Logic);
                return decode(nice.Verdict == SolverVerdict.Sat ? nice.Model! : result.Model!);
            }

            if (result.Verdict == SolverVerdict.Unknown) undecided ??= $"geometry {g.Name}: {result.ReasonUnknown}";
        }

        return null;
    }

    /// <summary>
    /// Checks each fold <paramref name="rule"/> declares <c>commutative</c>: one that is not is bad input at its
    /// <c>commutative</c>, with the two BIOs that show it. Returns a warning per claim the solver did not decide within
    /// <paramref name="timeout"/> (the prover decides commutation itself either way, never trusting the claim).
    /// </summary>
    public static IReadOnlyList<string> CheckClaims(Z3Session session, RulePolicy rule, TimeSpan timeout, GeometryDomain? domain = null)
    {
        var warnings = new List<string>();
        var claimed = rule.Definition.Folds.Where(f => f.CommutativeAt is not null).ToList();
        if (claimed.Count == 0) return warnings;
        session.Run(scope =>
        {
            var program = rule.UserFolds<Microsoft.Z3.BoolExpr, IntExpr>()!;
            foreach (var fold in claimed)
            {
                var at = fold.CommutativeAt!.Value;
                var declaration = program.Declared.Single(d => d.Name == fold.Name);
                if (Find(scope, rule, declaration, domain ?? GeometryDomain.Family, timeout, out var undecided) is { } witness)
                {
                    throw new BadInputException(rule.Definition.File, at.Line, at.Column, $"fold '{fold.Name}' is declared commutative but is not: {witness.Describe()}");
                }

                if (undecided is not null) warnings.Add($"{rule.Definition.File}:{at.Line}:{at.Column}: warning: whether fold '{fold.Name}' commutes is not decided ({undecided})");
            }
        });
        return warnings;
    }
}
