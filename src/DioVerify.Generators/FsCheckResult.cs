namespace DioVerify.Generators;

/// <summary>What one FsCheck run found: passed after <see cref="Tests"/> cases, or a counterexample and its shrunk form.</summary>
/// <param name="Crash">The exception the property threw on the shrunk case, when it did not simply return false.</param>
/// <param name="Seed">FsCheck's seed of the failing run (for <c>Config.WithReplay</c>).</param>
public sealed record FsCheckResult<T>(bool Passed, int Tests, int Shrinks, T? Original, T? Shrunk, Exception? Crash, string? Seed)
{
    /// <summary>The run's statistics, as a counterexample report prints them.</summary>
    public FsCheckResultInfo Info => new(Tests, Shrinks, Seed, Crash);

    /// <summary>The same result about a part of each case (e.g. the schedule of a reordered schedule).</summary>
    public FsCheckResult<TPart> Map<TPart>(Func<T, TPart> part)
        where TPart : class =>
        new(Passed, Tests, Shrinks, Original is null ? null : part(Original), Shrunk is null ? null : part(Shrunk), Crash, Seed);
}
