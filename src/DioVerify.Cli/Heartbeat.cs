using System.Diagnostics;
using System.Globalization;

namespace DioVerify.Cli;

/// <summary>
/// Progress for a log rather than a terminal: one plain line (label, done / total, elapsed) every
/// <see cref="Interval"/> while work runs, and a closing line if any was printed. CI shows nothing for minutes
/// otherwise, and a job that prints nothing looks hung; plain text because escape codes garble a log.
/// </summary>
public sealed class Heartbeat : IProgress<long>, IDisposable
{
    /// <summary>CI systems flag jobs silent for minutes; 10 s keeps a log alive without flooding it.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    /// <summary>Overrides <see cref="DefaultInterval"/> in seconds (for CI logs that want fewer or more lines).</summary>
    public const string IntervalVariable = "DIOVERIFY_HEARTBEAT_SECONDS";

    private readonly TextWriter _output;
    private readonly string _label;
    private readonly long _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private long _done;
    private bool _beaten;
    private bool _stopped;

    public Heartbeat(TextWriter output, string label, long total, TimeSpan interval)
    {
        _output = output;
        _label = label;
        _total = total;
        Interval = interval;
        _timer = new Timer(_ => Beat(), null, interval, interval);
    }

    public TimeSpan Interval { get; }

    /// <summary>The interval from <see cref="IntervalVariable"/> when it holds a positive number, else the default.</summary>
    public static TimeSpan ConfiguredInterval() =>
        double.TryParse(Environment.GetEnvironmentVariable(IntervalVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
        && double.IsFinite(seconds) && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, 3600))
            : DefaultInterval;

    /// <summary>Adds an increment; thread-safe, since workers report concurrently.</summary>
    public void Report(long value) => Interlocked.Add(ref _done, value);

    /// <summary>Stops the timer; when a line was printed, closes the phase with one more so the log shows it ended.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _stopped = true;
            if (_beaten) _output.WriteLine(Line("done in"));
        }
    }

    /// <summary>Prints one line now (the timer calls this every <see cref="Interval"/>); nothing once stopped.</summary>
    public void Beat()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _beaten = true;
            _output.WriteLine(Line("elapsed"));
        }
    }

    private string Line(string when)
    {
        var done = Interlocked.Read(ref _done);
        var percent = _total > 0 ? $" ({Math.Min(100.0, 100.0 * done / _total).ToString("F0", CultureInfo.InvariantCulture)}%)" : "";
        return $"dioverify: {_label}: {done:N0}/{_total:N0}{percent}, {_clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s {when}";
    }
}
