using DioVerify.Check;
using Spectre.Console;

namespace DioVerify.Cli;

/// <summary>
/// The one place that decides how long work shows its progress: a live bar when stderr is a terminal, a
/// <see cref="Heartbeat"/> line every few seconds otherwise (Spectre draws nothing off a terminal, and a CI log
/// must neither stay silent for minutes nor fill with a bar's escape codes).
/// </summary>
public sealed class ConsoleProgress : IProgressReporter
{
    public static ConsoleProgress Instance { get; } = new();

    T IProgressReporter.Run<T>(string label, long total, Func<IProgress<long>, T> work) => Run(label, total, work);

    public static T Run<T>(string label, double total, Func<IProgress<long>, T> work)
    {
        if (total < 1)
        {
            return work(new Progress<long>(_ => { }));
        }

        if (Console.IsErrorRedirected)
        {
            using var heartbeat = new Heartbeat(Console.Error, label, (long)total, Heartbeat.ConfiguredInterval());
            return work(heartbeat);
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
