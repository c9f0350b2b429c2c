namespace DioVerify.Reporting;

/// <summary>One finding for a SARIF log: which rule, how bad, what happened, and where (a repository-relative file and line).</summary>
/// <param name="RuleId">A property (<c>P1</c>..<c>P7</c>) or one of <see cref="SarifLog.ProblemRules"/>.</param>
/// <param name="Level"><c>error</c> for a verdict not as expected or a contradiction, <c>warning</c> for no verdict.</param>
public sealed record SarifResult(string RuleId, string Level, string Message, string? Uri, int? Line);
