using DioVerify.Check.Sharding;
using DioVerify.Linux;
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
        foreach (var policy in options.Policies.Where(plan.Explores))
        {
            var file = $"models/{policy.Name}.smt2";
            var path = Path.Combine(options.ModelsDirectory, policy.Name + ".smt2");
            var text = ModelExport.Render(session, policy, VersionStamp.ProducedBy);
            if (options.Update) OutputFile.Write(path, text);
            else if (!File.Exists(path)) problems.Add(new CheckProblem(ProblemKind.Mismatch, file, "missing"));
            else if (File.ReadAllText(path) is var committed && committed != text)
            {
                problems.Add(new CheckProblem(ProblemKind.Mismatch, file, $"drift, {Drift.FirstDifference(committed, text)}"));
            }
        }

        return problems;
    }
}
