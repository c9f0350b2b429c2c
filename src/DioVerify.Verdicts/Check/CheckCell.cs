using DioVerify.Engine.Schedules;

namespace DioVerify.Verdicts.Check;

/// <summary>One policy × property verdict of exhaustive exploration: refuted at some bound (with its smallest counterexample) or not.</summary>
public sealed record CheckCell(bool ExpectedToHold, int? RefutedAtBios, long Violations, Schedule? Counterexample)
{
    public VerdictKind Kind => RefutedAtBios is null ? VerdictKind.Holds : VerdictKind.Violated;

    public Judgement Judgement => Expectation.Judge(ExpectedToHold, Kind);

    /// <summary><c>holds</c>, <c>refuted@n</c>, or the judgement's words when it is not as expected.</summary>
    public string Text => Expectation.Cell(Judgement, RefutedAtBios is { } n ? $"refuted@{n}" : "holds");
}
