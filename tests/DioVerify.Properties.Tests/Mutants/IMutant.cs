using DioVerify.Engine.Policies;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// A test-only policy written to probe the checkers' reach: a planted fault that only some requests trigger,
/// or a correct rule written unusually. It states why it exists and which checker of <c>check</c> should
/// refute it; the mutation suite measures the rest.
/// </summary>
public interface IMutant : IPolicy
{
    /// <summary>The blind spot (or the unusual but correct form) this mutant probes, in one line.</summary>
    string Why { get; }

    /// <summary>Which of check's checkers refute it, as measured; a correct mutant is refuted by none.</summary>
    Reach ExpectedReach { get; }
}
