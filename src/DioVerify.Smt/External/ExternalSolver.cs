using System.Diagnostics;
using DioVerify.Smt.Solving;

namespace DioVerify.Smt.External;

/// <summary>
/// An SMT-LIB2 command-line solver (the Debian <c>z3</c> and <c>cvc5</c> packages): an independent re-check of
/// what the in-process solver decided. The script goes to the solver through a stdin pipe, so what it answers is
/// what was sent (no file another local user could swap between writing and reading, none left in /tmp), and its
/// output is read strictly (<see cref="SolverTranscript"/>). Bounded by an outer process timeout, because Z3
/// 4.8.12's own <c>-t:</c> can deadlock.
/// </summary>
/// <param name="Arguments">The arguments that make the solver read SMT-LIB2, before the input file's name.</param>
/// <param name="StandardInput">The argument, in place of a file name, that makes it read its input from stdin.</param>
/// <param name="Restarts">Argument sets to take turns with, added to <paramref name="Arguments"/>, when a query of a
/// script of several goes unanswered: none runs the script once.</param>
public sealed record ExternalSolver(string Name, string Executable, string[] Arguments, string StandardInput = "-", string[][]? Restarts = null)
{
    /// <summary>The first attempt's budget per query when the solver restarts; each later attempt doubles it, up to the caller's.</summary>
    public static readonly TimeSpan FirstRestartBudget = TimeSpan.FromSeconds(5);

    /// <summary>z3 reads stdin with <c>-in</c>, answering each <c>(check-sat)</c> as it reads it (measured on 4.8.12).</summary>
    public static ExternalSolver Z3 { get; } = new("z3", "z3", ["-smt2"], "-in");

    /// <summary>cvc5 1.0.3 reads stdin when given <c>-</c> (or no file); from a pipe it answers each query as it reads it (measured).</summary>
    /// <remarks>
    /// cvc5 1.0.3 is heavy-tailed in whether it solves incrementally, which it does by itself for a script of several
    /// queries: sector-count-units P3's 1-BIO query ran past 120 s incrementally and took 0.2 s with
    /// <c>--no-incremental</c>; highest-completed P5's 1-BIO query on bio-unaligned-to-block ran past 100 s with
    /// <c>--no-incremental</c>, even alone, and took 0.07 s with <c>--incremental</c> (measured on this machine's
    /// Debian cvc5). So a query that goes unanswered restarts the solver in the other mode, as the in-process prover
    /// restarts Z3 under a new seed.
    /// </remarks>
    public static ExternalSolver Cvc5 { get; } = new("cvc5", "cvc5", ["--lang=smt2"], "-", [["--no-incremental"], ["--incremental"]]);

    public static IReadOnlyList<ExternalSolver> All { get; } = [Z3, Cvc5];

    /// <summary>
    /// z3 for the unbounded certificates: a query left unanswered restarts it under the next of two arithmetic solvers
    /// and, from the third attempt, other random seeds. Measured with z3 4.8.12 on the wide domain's certificates:
    /// legacy-all-or-nothing's P5 safety ran past 60 s with the default arithmetic solver and took 0.4 s with
    /// <c>smt.arith.solver=2</c>, sector-count-units' P7 the other way round; sector-count-units' P5 safety on
    /// (S 2048, B 4096) ran past 120 s under both solvers with the default seed, and with seeds 1-8 took 0.1-2.2 s for
    /// six seeds and past 10 s for one: a heavy tail in the search, not a hard query.
    /// </summary>
    public static ExternalSolver Z3ForCertificates { get; } = Z3 with
    {
        Restarts =
        [
            ["smt.arith.solver=2"], [], ["smt.random_seed=1"], ["smt.arith.solver=2", "smt.random_seed=1"],
            ["smt.random_seed=4"], ["smt.arith.solver=2", "smt.random_seed=4"], ["smt.random_seed=5"], ["smt.arith.solver=2", "smt.random_seed=5"],
        ],
    };

    /// <summary>The solver's version line, or null when it is not installed.</summary>
    public string? Version()
    {
        try
        {
            var (code, output) = Execute(["--version"], TimeSpan.FromSeconds(10));
            return code == 0 ? output.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Solves the script in the file at <paramref name="path"/>: read once, then as <see cref="SolveScript(string, TimeSpan)"/>.</summary>
    /// <remarks>Reading once and piping the text means the answers are counted against exactly the text the solver saw.</remarks>
    public (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) Solve(string path, TimeSpan timeout) =>
        SolveScript(File.ReadAllText(path), timeout);

    /// <summary>
    /// Solves <paramref name="script"/>, a sequence of queries: sat as soon as an answer is sat after only unsat ones
    /// (the solver is stopped there), unsat only if every query was answered unsat and the solver exited with
    /// status 0, otherwise unknown with the reason.
    /// </summary>
    /// <param name="timeout">The budget per query: each answer must come within it of the one before (or of the
    /// start), as the in-process prover's budget is per case; a script of many easy queries is not cut short for
    /// its length, and one query the solver cannot decide in time ends the run as unknown.</param>
    public (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) SolveScript(string script, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(script);
        var clock = Stopwatch.StartNew();
        var expected = SmtLib2Queries.Count(script);
        var queries = Restarts is { Length: > 0 } ? OneQueryEach(script) : null;
        if (queries is null)
        {
            var once = Attempt(script, Arguments, expected, timeout);
            return once is { } run ? Judged(expected, [], "", run, timeout, clock) : NotInstalled(clock);
        }

        // Restarts: each attempt solves the queries not yet answered, under the next argument set. Its budget per query
        // doubles with each attempt that answered nothing, and starts again from the first after one that answered some
        // (a later stalled query is a new heavy tail, not the same one), until an attempt runs to its end or a query has
        // had the whole budget. Terminates: an attempt either answers a query or doubles the budget.
        var answered = new List<string>();
        var stderr = new System.Text.StringBuilder();
        var fruitless = 0;
        for (var attempt = 0; ; attempt++)
        {
            var budget = timeout == Timeout.InfiniteTimeSpan ? timeout : Min(timeout, FirstRestartBudget * Math.Pow(2, fruitless));
            var rest = string.Concat(queries.Skip(answered.Count));
            var run = Attempt(rest, [.. Arguments, .. Restarts![attempt % Restarts.Length]], queries.Count - answered.Count, budget);
            if (run is not { } r) return NotInstalled(clock);
            var final = r.Ending != SolverEnding.TimedOut || budget == timeout || answered.Count + r.Lines.Count >= queries.Count;
            if (final) return Judged(expected, answered, stderr.ToString(), r, timeout, clock);
            fruitless = r.Lines.Count > 0 ? 0 : fruitless + 1;
            answered.AddRange(r.Lines);
            stderr.Append(r.Stderr);
        }
    }

    /// <summary>
    /// As <see cref="SolveScript(string, TimeSpan)"/>, with the script's queries cut into up to <paramref name="jobs"/> runs of consecutive
    /// queries solved at once, each by its own process (and restarts): for a file of many queries on an idle core. The
    /// verdict is that of the whole: sat if some run found a query sat, unsat only if every run answered every query
    /// unsat, otherwise unknown with the first run's reason (its query numbered in the whole script).
    /// </summary>
    public (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) SolveScript(string script, TimeSpan timeout, int jobs)
    {
        ArgumentNullException.ThrowIfNull(script);
        var queries = jobs > 1 ? OneQueryEach(script) : null;
        if (queries is null) return SolveScript(script, timeout);
        var clock = Stopwatch.StartNew();
        var size = (queries.Count + jobs - 1) / jobs;
        var runs = queries.Chunk(size).Select((chunk, i) => (From: i * size, Count: chunk.Length, Script: string.Concat(chunk))).ToList();
        var answers = new (SolverVerdict Verdict, string Detail, TimeSpan Elapsed)[runs.Count];
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i => answers[i] = SolveScript(runs[i].Script, timeout));
        string Where(int i) => $"in queries {runs[i].From + 1}-{runs[i].From + runs[i].Count} of {queries.Count}: {answers[i].Detail}";
        var sat = Array.FindIndex(answers, a => a.Verdict == SolverVerdict.Sat);
        if (sat >= 0) return (SolverVerdict.Sat, Where(sat), clock.Elapsed);
        var open = Array.FindIndex(answers, a => a.Verdict != SolverVerdict.Unsat);
        return open >= 0
            ? (SolverVerdict.Unknown, Where(open), clock.Elapsed)
            : (SolverVerdict.Unsat, $"{queries.Count} of {queries.Count} queries unsat", clock.Elapsed);
    }

    /// <summary>The script cut after each <c>(reset)</c> into queries of one <c>(check-sat)</c> each; null when it is not made so.</summary>
    private static List<string>? OneQueryEach(string script)
    {
        var parts = new List<string>();
        var from = 0;
        const string Reset = "(reset)\n";
        for (var at = script.IndexOf(Reset, StringComparison.Ordinal); at >= 0; at = script.IndexOf(Reset, from, StringComparison.Ordinal))
        {
            parts.Add(script[from..(at + Reset.Length)]);
            from = at + Reset.Length;
        }

        if (from < script.Length)
        {
            if (parts.Count == 0 || SmtLib2Queries.Count(script[from..]) > 0) return null;
            parts[^1] += script[from..];
        }

        // One query restarts too: a run of parallel queries may be cut down to one.
        return parts.Count > 0 && parts.All(q => SmtLib2Queries.Count(q) == 1) ? parts : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) NotInstalled(Stopwatch clock) =>
        (SolverVerdict.Unknown, $"{Name} is not installed (apt-get install {Name})", clock.Elapsed);

    /// <summary>
    /// The verdict on everything the attempts said: the unsat answers of earlier attempts, then the last's, judged with the
    /// stderr of every attempt, so an error an earlier attempt printed before it was restarted still makes the run unknown.
    /// </summary>
    private static (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) Judged(
        int expected, List<string> earlier, string earlierStderr, AttemptResult last, TimeSpan timeout, Stopwatch clock)
    {
        var transcript = new SolverTranscript(expected, [.. earlier, .. last.Lines], earlierStderr + last.Stderr, last.Ending, last.ExitStatus, timeout);
        var (verdict, detail) = transcript.Judge();
        return (verdict, detail, clock.Elapsed);
    }

    /// <summary>What one run of the solver said and how it ended.</summary>
    private sealed record AttemptResult(IReadOnlyList<string> Lines, string Stderr, SolverEnding Ending, int? ExitStatus);

    /// <summary>One run of the solver on <paramref name="script"/>; null when it cannot be started.</summary>
    private AttemptResult? Attempt(string script, IEnumerable<string> arguments, int expected, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        foreach (var argument in arguments.Append(StandardInput)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        using (RunningSolvers.Track(process))
        {
            var feeding = Feed(process, script);
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            var reading = Task.Run(() => ReadAnswers(process.StandardOutput, expected, lines));
            var ending = SolverEnding.Exited;
            if (!WaitAnsweringInTime(reading, lines, timeout))
            {
                ending = RunningSolvers.Stopped ? SolverEnding.Interrupted : SolverEnding.TimedOut;
            }
            else if (reading.Result)
            {
                ending = SolverEnding.StoppedAfterDecidingLine;
            }
            else if (!process.WaitForExit(timeout))
            {
                // stdout closed but the process lives on: it is not going to say more.
                ending = RunningSolvers.Stopped ? SolverEnding.Interrupted : SolverEnding.TimedOut;
            }

            if (ending != SolverEnding.Exited) Stop(process);
            process.WaitForExit();
            if (ending == SolverEnding.Exited && RunningSolvers.Stopped && process.ExitCode != 0) ending = SolverEnding.Interrupted;
            reading.Wait();
            feeding.Wait();
            return new AttemptResult([.. lines], stderr.Result, ending, ending == SolverEnding.Exited ? process.ExitCode : null);
        }
    }

    /// <summary>Waits for <paramref name="reading"/> to end; false when no new answer came within <paramref name="perAnswer"/>.</summary>
    private static bool WaitAnsweringInTime(Task reading, List<string> lines, TimeSpan perAnswer)
    {
        if (perAnswer == Timeout.InfiniteTimeSpan) return reading.Wait(perAnswer);
        var answered = -1;
        while (true)
        {
            int now;
            lock (lines) now = lines.Count;
            if (now == answered) return false;
            answered = now;
            if (reading.Wait(perAnswer)) return true;
        }
    }

    /// <summary>Reads answers until one decides the verdict; true when it stopped early on such a line.</summary>
    /// <remarks>Anything other than <c>unsat</c> decides (sat, error, garbage), and so does one unsat too many.</remarks>
    private static bool ReadAnswers(StreamReader stdout, int expected, List<string> lines)
    {
        var unsat = 0;
        while (stdout.ReadLine() is { } line)
        {
            lock (lines) lines.Add(line);
            if (line.Trim() != "unsat" || ++unsat > expected) return true;
        }

        return false;
    }

    /// <summary>Writes the script to the solver's stdin and closes it, so the solver sees the end of its input.</summary>
    private static Task Feed(Process process, string script) => Task.Run(() =>
    {
        try
        {
            process.StandardInput.Write(script);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The solver stopped reading (it answered sat and was stopped, or died): its output decides.
        }
    });

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private (int Code, string Output) Execute(string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException();
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
