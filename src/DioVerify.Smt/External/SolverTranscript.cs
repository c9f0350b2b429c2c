using DioVerify.Smt.Solving;

namespace DioVerify.Smt.External;

/// <summary>What one external solver run printed and how it ended, and the only verdict that supports.</summary>
/// <param name="Expected">The number of queries in the script sent (<see cref="SmtLib2Queries.Count"/>).</param>
/// <param name="Stdout">The stdout lines read, in order; reading stops at the first line that is not <c>unsat</c>.</param>
/// <param name="Stderr">Everything on stderr.</param>
/// <param name="Ending">How the process ended.</param>
/// <param name="ExitStatus">The exit status when it exited by itself; .NET reports death by signal N as 128 + N.</param>
/// <param name="Timeout">The budget per query, for the timeout message.</param>
/// <remarks>
/// The rules (issue 13): unsat needs a clean exit with status 0, exactly one <c>unsat</c> per query and nothing
/// else on stdout; sat needs only <c>unsat</c> lines before the <c>sat</c> (the solver is stopped there, so its
/// exit status says nothing). An <c>(error</c> line is never an answer: z3 4.8.12 prints
/// <c>(error "… logic does not support nonlinear arithmetic")</c> and then <c>sat</c> for the same query, and
/// exits 1. Everything else is unknown, with the reason.
/// </remarks>
public sealed record SolverTranscript(int Expected, IReadOnlyList<string> Stdout, string Stderr, SolverEnding Ending, int? ExitStatus, TimeSpan Timeout)
{
    /// <summary>The verdict this run is evidence for, with the reason when it is evidence for none.</summary>
    public (SolverVerdict Verdict, string Detail) Judge()
    {
        var answered = 0;
        for (var i = 0; i < Stdout.Count; i++)
        {
            var line = Stdout[i].Trim();
            if (line == "unsat")
            {
                answered++;
                if (answered > Expected) return Unknown($"extra answers: more than {Expected} printed for {Expected} {Queries}");
                continue;
            }

            if (line == "sat" && answered < Expected)
            {
                return StderrError() is { } late
                    ? Unknown($"error line on stderr: {Shorten(late)}")
                    : (SolverVerdict.Sat, $"sat at query {answered + 1} of {Expected}");
            }

            if (line == "sat") return Unknown($"extra answers: sat after {Expected} unsat for {Expected} {Queries}");
            if (line.StartsWith("(error", StringComparison.Ordinal)) return Unknown($"error line: {Shorten(line)}");
            if (line is "unknown" or "timeout") return Unknown($"answer '{line}' to query {answered + 1} of {Expected}");
            return Unknown($"unexpected output on stdout line {i + 1}: '{Shorten(line)}'");
        }

        if (StderrError() is { } error) return Unknown($"error line on stderr: {Shorten(error)}");
        var progress = $"{answered} of {Expected} answers";
        return Ending switch
        {
            SolverEnding.TimedOut when answered >= Expected => Unknown($"every answer in, but the solver did not exit within the {Timeout.TotalSeconds:0.#} s budget ({progress})"),
            SolverEnding.TimedOut => Unknown($"no answer to query {answered + 1} of {Expected} within the {Timeout.TotalSeconds:0.#} s budget per query ({progress})"),
            SolverEnding.Interrupted => Unknown($"interrupted ({progress})"),
            SolverEnding.StoppedAfterDecidingLine => Unknown($"stopped after {progress}"),
            _ when ExitStatus is > 128 and <= 128 + 64 => Unknown($"killed by signal {ExitStatus - 128} (exit status {ExitStatus}) after {progress}"),
            _ when ExitStatus != 0 => Unknown($"exit status {ExitStatus} after {progress}"),
            _ when Expected == 0 => Unknown("the script asks no query: there is no (check-sat) in it"),
            _ when answered < Expected => Unknown($"missing answers: {progress}, then exit status 0"),
            _ => (SolverVerdict.Unsat, $"{Expected} of {Expected} {Queries} unsat"),
        };
    }

    private string Queries => Expected == 1 ? "query" : "queries";

    private string? StderrError() =>
        Stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("(error", StringComparison.Ordinal));

    private static (SolverVerdict, string) Unknown(string reason) => (SolverVerdict.Unknown, reason);

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
