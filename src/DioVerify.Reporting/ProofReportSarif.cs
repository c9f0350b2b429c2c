using DioVerify.Engine.Properties;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary>
/// <c>prove --format sarif</c>: one SARIF result per obligation not as expected — refuted though claimed, proved though
/// a planted fault, unknown, or an internal contradiction — located at the policy's rule.
/// </summary>
public static class ProofReportSarif
{
    /// <param name="repositoryRoot">The checkout, to find the line of each policy's rule; null leaves lines out.</param>
    public static string Render(IReadOnlyList<ProofResult> results, string? repositoryRoot) =>
        SarifLog.Write(VersionStamp.ProducedBy, [.. results.Select(r => Result(r, repositoryRoot)).OfType<SarifResult>()], new Dictionary<string, string>
        {
            ["format"] = "dioverify-prove-sarif/1",
            ["obligations"] = results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static SarifResult? Result(ProofResult r, string? root)
    {
        var o = r.Obligation;
        var name = $"{o.Policy.Name} {o.Property} {PropertyCatalog.NameOf(o.Property)} ({o.BoundText})";
        if (r.InternalError is not null) return PolicySource.Result(o.Policy, "internal-error", "error", $"{name}: {r.InternalError}", root);
        if (r.Judgement == Judgement.AsExpected) return null;
        var reason = r.Reason is null ? "" : $" ({r.Reason})";
        return PolicySource.Result(o.Policy, o.Property.ToString(), SarifLog.Level(r.Judgement), $"{name}: {r.Verdict.Text()}{reason}, {r.Judgement.Label()}", root);
    }
}
