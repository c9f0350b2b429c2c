using System.CommandLine;
using System.Globalization;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>--timeout SECONDS</c>, shared by the commands that run solvers: a finite number of seconds from
/// <see cref="MinSeconds"/> to <see cref="MaxSeconds"/>, checked when the command line is parsed (exit 64).
/// </summary>
/// <remarks>
/// The double parser takes "NaN", "Infinity" and "1e15", which became internal errors (exit 70) when turned
/// into a TimeSpan or a watchdog period. A day bounds one obligation far beyond any useful wait; below a
/// millisecond a TimeSpan rounds to zero, which a solver or watchdog may read as "no limit".
/// </remarks>
public static class TimeoutOption
{
    public const double MinSeconds = 0.001;

    public const double MaxSeconds = 86_400;

    /// <summary>The option, validated at parse time; <paramref name="what"/> says what the time bounds.</summary>
    public static Option<double> Create(string what, double defaultSeconds = 120)
    {
        var option = new Option<double>("--timeout")
        {
            Description = $"{what} ({MinSeconds.ToString(CultureInfo.InvariantCulture)} to {MaxSeconds.ToString(CultureInfo.InvariantCulture)} s)",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => defaultSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.Implicit || result.Tokens.Count == 0) return;
            var text = result.Tokens[^1].Value;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return; // the parser names a non-number itself
            if (Problem(seconds) is { } problem) result.AddError($"--timeout {text}: {problem}");
        });
        return option;
    }

    /// <summary>The parsed value as a TimeSpan; a value that slipped past the validator is still a usage error, never a crash.</summary>
    public static TimeSpan Value(ParseResult parsed, Option<double> option)
    {
        var seconds = parsed.GetValue(option);
        return Problem(seconds) is { } problem
            ? throw CliException.Usage($"--timeout {seconds.ToString(CultureInfo.InvariantCulture)}: {problem}")
            : TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Why <paramref name="seconds"/> is not a timeout, or null.</summary>
    public static string? Problem(double seconds) =>
        double.IsFinite(seconds) && seconds is >= MinSeconds and <= MaxSeconds
            ? null
            : $"the timeout must be a finite number of seconds from {MinSeconds.ToString(CultureInfo.InvariantCulture)} to {MaxSeconds.ToString(CultureInfo.InvariantCulture)} (one day)";
}
