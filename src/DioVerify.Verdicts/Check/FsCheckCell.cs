using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// FsCheck's verdict on one (policy, property) pair in <c>check</c>: caught, with the shrunk counterexample
/// (replayed and confirmed), or not caught in the generated schedules.
/// </summary>
public sealed record FsCheckCell(IPolicy Policy, PropertyId Property, Schedule? Shrunk)
{
    public bool Caught => Shrunk is not null;

    public Judgement Judgement => Expectation.Judge(Policy, Property, Caught ? VerdictKind.Violated : VerdictKind.Holds);

    /// <summary>The cell: <c>caught@n</c> (shrunk to n BIOs) or <c>holds</c>, or the judgement's words when not as expected.</summary>
    public string Text => Expectation.Cell(Judgement, Shrunk is { } shrunk ? $"caught@{shrunk.Outcomes.Length}" : "holds");
}
