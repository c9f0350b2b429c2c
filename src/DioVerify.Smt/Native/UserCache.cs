namespace DioVerify.Smt.Native;

/// <summary>Where DioVerify keeps what it computed for this user between runs: solver answers, a Z3 shim built on first run.</summary>
public static class UserCache
{
    /// <summary><c>$XDG_CACHE_HOME/dioverify</c>, else <c>~/.cache/dioverify</c> (the XDG base directory rules).</summary>
    public static string Directory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "dioverify");
    }
}
