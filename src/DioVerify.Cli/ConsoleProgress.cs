using DioVerify.Check;
using Spectre.Console;

namespace DioVerify.Cli;

/// <summary>
/// A progress bar for long work when stderr is a terminal; nothing otherwise (Spectre draws nothing
/// off a terminal, and CI logs want the summary line the command prints anyway).
/// </summary>
public sealed class ConsoleProgress : IProgressReporter
{
    public static ConsoleProgress Instance { get; } = new();

    T IProgressReporter.Run<T>(string label, long total, Func<IProgress<long>, T> work) => Run(label, total, work);

    public static T Run<T>(string label, double total, Func<IProgress<long>, T> work)
    {
        if (Console.IsErrorRedirected || total < 1)
        {
            return work(new Progress<long>(_ => { }));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total);
                return work(new Counter(task));
            });
    }

    /// <summary>Adds reported increments to a Spectre task; thread-safe, since workers report concurrently.</summary>
    private sealed class Counter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (task) task.Increment(value);
        }
    }
}
