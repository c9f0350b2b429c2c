using System.Collections.Concurrent;

namespace DioVerify.Cli.Tests.Support;

/// <summary>
/// Runs of <c>dioverify</c> that several tests read: a command that writes nothing and answers the same on every run
/// (such as <c>check --no-proofs</c>, whose FsCheck column has a fixed seed) is run once per test process for given
/// arguments, so tests that assert different things about one output do not each pay for a whole check. A test about
/// reproducibility itself runs the command twice through <see cref="CliProcess"/> instead.
/// </summary>
public static class SharedCliRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<CliResult>> Runs = new();

    /// <summary>The one run of <c>dioverify ARGS</c> this test process makes, started by the first test that asks.</summary>
    public static CliResult Of(params string[] args) =>
        Runs.GetOrAdd(string.Join('\0', args), _ => new Lazy<CliResult>(() => CliProcess.Run(args))).Value;
}
