using System.CommandLine;
using DioVerify.Check.Caching;

namespace DioVerify.Cli.Commands;

/// <summary><c>--cache DIR</c> and <c>--no-cache</c>, shared by <c>check</c> and <c>prove</c>: where solver answers are kept between runs.</summary>
public static class CacheOption
{
    public static Option<string?> Directory() => new("--cache")
    {
        Description = "Keep solver answers in DIR between runs, keyed by the exact obligation text, the solver and its version, and the options [default: $XDG_CACHE_HOME/dioverify or ~/.cache/dioverify]",
        HelpName = "DIR",
    };

    public static Option<bool> Disabled() => new("--no-cache") { Description = "Decide every obligation afresh; read and write no cache" };

    /// <summary>The cache the options ask for, or null with <c>--no-cache</c>.</summary>
    public static ObligationCache? Value(ParseResult parsed, Option<string?> directory, Option<bool> disabled)
    {
        var dir = parsed.GetValue(directory);
        if (parsed.GetValue(disabled))
        {
            return dir is null ? null : throw CliException.Usage("give either --cache DIR or --no-cache, not both");
        }

        if (dir is not null && string.IsNullOrWhiteSpace(dir)) throw CliException.Usage("--cache needs a directory");
        return new ObligationCache(dir ?? ObligationCache.DefaultDirectory());
    }

    /// <summary>One line on stderr: how many answers the cache gave, so a CI log shows whether it was warm.</summary>
    public static void Report(ObligationCache? cache)
    {
        if (cache is null) return;
        Console.Error.WriteLine($"dioverify: cache {cache.Directory}: {cache.Hits} answer(s) reused, {cache.Misses} solved afresh" +
            (cache.Unwritable > 0 ? $", {cache.Unwritable} could not be written" : ""));
    }
}
