using System.Diagnostics;
using DioVerify.Smt.Solving;

namespace DioVerify.Smt.External;

/// <summary>
/// An SMT-LIB2 command-line solver (the Debian <c>z3</c> and <c>cvc5</c> packages) run on a script
/// file: an independent re-check of what the in-process solver decided. Bounded by an outer process
/// timeout, because Z3 4.8.12's own <c>-t:</c> can deadlock.
/// </summary>
public sealed record ExternalSolver(string Name, string Executable, string[] Arguments)
{
    public static ExternalSolver Z3 { get; } = new("z3", "z3", ["-smt2"]);

    public static ExternalSolver Cvc5 { get; } = new("cvc5", "cvc5", ["--lang=smt2"]);

    public static IReadOnlyList<ExternalSolver> All { get; } = [Z3, Cvc5];

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

    /// <summary>
    /// Solves the script at <paramref name="path"/>, a sequence of queries: sat as soon as one answer is
    /// sat (the solver is stopped there), unsat if every answer is, otherwise unknown (with why).
    /// </summary>
    public (SolverVerdict Verdict, string Detail, TimeSpan Elapsed) Solve(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Arguments.Append(path)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (SolverVerdict.Unknown, $"{Name} is not installed (apt-get install {Name})", clock.Elapsed);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var answers = new List<string>();
            var reading = Task.Run(() =>
            {
                while (process.StandardOutput.ReadLine() is { } line)
                {
                    answers.Add(line.Trim());
                    if (line.Trim() == "sat") return;
                }
            });
            var finished = reading.Wait(timeout);
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (answers.Contains("sat")) return (SolverVerdict.Sat, $"sat at query {answers.Count}", clock.Elapsed);
            if (!finished) return (SolverVerdict.Unknown, $"{Name} timed out after {timeout.TotalSeconds:0.#} s ({answers.Count} queries answered)", clock.Elapsed);
            if (answers.Count > 0 && answers.All(a => a == "unsat")) return (SolverVerdict.Unsat, $"{answers.Count} queries unsat", clock.Elapsed);
            return (SolverVerdict.Unknown, $"{Name} answered: {Trim(string.Join(" ", answers) + " " + stderr.Result)}", clock.Elapsed);
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

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text.Trim();
}
