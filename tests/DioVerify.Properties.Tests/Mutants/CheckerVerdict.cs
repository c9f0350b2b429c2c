using DioVerify.Engine.Properties;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// What one checker said about one mutant: the properties it refuted (each replayed) and, for the prover, those it
/// could not decide with the solver's reason.
/// </summary>
public sealed record CheckerVerdict(IReadOnlyList<PropertyId> Refuted, IReadOnlyList<(PropertyId Property, string Reason)> Undecided)
{
    public bool Caught => Refuted.Count > 0;

    /// <summary>"refuted (P1 P3)", or "missed" for a faulty mutant and "holds" for a correct one, then any undecided property.</summary>
    public string Text(bool correct) =>
        (Caught ? $"refuted ({string.Join(" ", Refuted)})" : correct ? "holds" : "missed")
        + string.Concat(Undecided.Select(u => $"; {u.Property} unknown ({u.Reason})"));
}
