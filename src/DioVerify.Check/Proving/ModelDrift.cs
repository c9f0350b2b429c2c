using DioVerify.Check.Caching;
using DioVerify.Check.Sharding;
using DioVerify.Linux;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

namespace DioVerify.Check.Proving;

/// <summary>models/POLICY.smt2: each policy's engine and properties as readable definitions, drift-checked like proofs/.</summary>
public static class ModelDrift
{
    public static IEnumerable<CheckProblem> Check(CheckOptions options, ShardPlan plan)
    {
        var problems = new List<CheckProblem>();
        Directory.CreateDirectory(options.ModelsDirectory);
        using var session = new Z3Session();
        foreach (var policy in options.Policies.Where(options.IsRecorded).Where(plan.Explores))
        {
            var file = $"models/{policy.Name}.smt2";
            var path = Path.Combine(options.ModelsDirectory, policy.Name + ".smt2");
            if (options.Update)
            {
                OutputFile.Write(path, ModelExport.Render(session, policy, VersionStamp.ProducedBy));
                continue;
            }

            if (!File.Exists(path))
            {
                problems.Add(new CheckProblem(ProblemKind.Mismatch, file, "missing"));
                continue;
            }

            // As for obligations: a warm cache knows the regenerated model's hash under this build and policy definition.
            var key = options.Cache is null ? null : $"model-text {CachedSolving.TextBuild} libz3={Z3NativeLoader.NativeVersion} {policy.Name} {ObligationIdentity.Definition(session, policy)}";
            var committed = File.ReadAllText(path);
            if (key is not null && options.Cache!.FindDerived(key) == ObligationCache.TextHash(committed)) continue;
            var text = ModelExport.Render(session, policy, VersionStamp.ProducedBy);
            if (key is not null) options.Cache!.StoreDerived(key, ObligationCache.TextHash(text));
            if (committed != text) problems.Add(new CheckProblem(ProblemKind.Mismatch, file, $"drift, {Drift.FirstDifference(committed, text)}"));
        }

        return problems;
    }
}
