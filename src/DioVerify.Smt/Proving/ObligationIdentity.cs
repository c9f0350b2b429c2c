using System.Security.Cryptography;
using System.Text;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Proofs;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// What an obligation is, as a hash: the policy's definition, the property, the bound, the geometry domain and the
/// prover options. Two obligations with the same identity ask the same question, so a recorded answer may stand for
/// it; a policy changed in any way that its finish can observe gets a new identity, whatever its name.
/// </summary>
public static class ObligationIdentity
{
    /// <summary><c>sha256:</c> and 64 hex digits.</summary>
    public static string Of(Z3Session session, Obligation o, ProverOptions options)
    {
        var text = new StringBuilder()
            .AppendLine(Definition(session, o.Policy))
            .AppendLine($"property {o.Property}")
            .AppendLine($"bound {o.BoundText}")
            .AppendLine($"domain {(o.Bios is null ? options.RequestedUnbounded : options.Geometries).Describe()}")
            .AppendLine($"options case={options.CaseTimeout.TotalSeconds} lemma={options.LemmaBudget.TotalSeconds} small={options.SmallNumbersBudget.TotalSeconds} restarts={options.Restarts}x{options.FirstRestartBudget.TotalSeconds}")
            .ToString();
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The policy's finish as terms over a free request (sector, block and BIO size symbolic too, so no branch on a
    /// geometry is folded away) and a free engine state: the policy's code as the solver sees it.
    /// </summary>
    public static string Definition(Z3Session session, IPolicy policy) => session.Run(scope =>
    {
        var c = scope.Context;
        var a = scope.Algebra;
        IntExpr Free(string name) => c.MkIntConst($"definition_{name}");
        var request = new RequestTerms<IntExpr>(Free("offset"), Free("length"), Free("fileSize"), Free("blockSize"), Free("sectorSize"), Free("maxBioBytes"), Free("freeBlocks"));
        var geometry = Geometry<BoolExpr, IntExpr>.Of(a, request);
        var state = new CompletionState<BoolExpr, IntExpr>(
            c.MkBoolConst("definition_anyFailed"), Free("lowestFailedStart"), Free("okBytes"), Free("highestOkEnd"),
            c.MkBoolConst("definition_failureArrived"), Free("okBytesBeforeFailure"));
        var folds = policy.UserFolds<BoolExpr, IntExpr>();
        var free = folds is null ? null : OrderLemma.FreeUserFolds(c, "definition", new DeviceGeometry("definition", 0, 0, 0), policy, geometry);
        var decision = policy.Finish(a, geometry, state with { User = free });
        var text = $"returned {decision.Returned}\nnewSize {decision.NewSize}\nkeepBelow {decision.KeepBelow}";
        if (folds is null || free is null) return text;

        // A user fold's initial value and update are part of what the policy means: a changed update is a new obligation.
        var initial = folds.Submit(a, geometry);
        var next = free.Complete(a, Free("bioStart"), Free("bioEnd"), c.MkBoolConst("definition_bioFailed"));
        return text + string.Concat(folds.Declared.Select(f => f.IsBoolean
            ? $"\nfold {f.Name} initial {initial.Bools[f.Slot]} update {next.Bools[f.Slot]}"
            : $"\nfold {f.Name} initial {initial.Ints[f.Slot]} update {next.Ints[f.Slot]}"));
    });
}
