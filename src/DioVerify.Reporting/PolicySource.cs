using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Policies;

namespace DioVerify.Reporting;

/// <summary>
/// Where a policy's rule is written, so a code-scanning UI annotates the rule itself: a rule file's own path and the
/// line of its <c>return</c> (built-ins under <c>models/policies/</c>); for a policy written as a C# class (test-only
/// ones), its file in <c>src/DioVerify.Engine/Policies/</c>, named after the class.
/// </summary>
public static class PolicySource
{
    /// <summary>The policy's source file relative to the repository root (forward slashes, as SARIF URIs want).</summary>
    public static string Path(IPolicy policy) =>
        policy is RulePolicy rule ? rule.Source.File.Replace('\\', '/') : $"src/DioVerify.Engine/Policies/{policy.GetType().Name}.cs";

    /// <summary>
    /// A rule file's <c>return</c> line (known from the parse, checkout or not); for a C# class, the line of its <c>Finish</c> (its return rule) when the file can be read under
    /// <paramref name="repositoryRoot"/>; else the class declaration's line; else null (the file is not here,
    /// as when the packaged tool runs outside a checkout).
    /// </summary>
    public static int? Line(IPolicy policy, string? repositoryRoot)
    {
        if (policy is RulePolicy ruleFile) return ruleFile.Source.Line;
        if (repositoryRoot is null) return null;
        var file = System.IO.Path.Combine(repositoryRoot, Path(policy));
        if (!File.Exists(file)) return null;
        var lines = File.ReadAllLines(file);
        var rule = Array.FindIndex(lines, l => l.Contains(" Finish<", StringComparison.Ordinal));
        var type = Array.FindIndex(lines, l => l.Contains($"class {policy.GetType().Name}", StringComparison.Ordinal));
        var index = rule >= 0 ? rule : type;
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>A SARIF result located at the policy's rule.</summary>
    public static SarifResult Result(IPolicy policy, string ruleId, string level, string message, string? repositoryRoot) =>
        new(ruleId, level, message, Path(policy), Line(policy, repositoryRoot));
}
