using System.Globalization;
using System.Text.RegularExpressions;

namespace DioVerify.Linux;

/// <summary>
/// A private temporary directory whose name says which process owns it: <c>PREFIX{pid}.{start time}-XXXXXX</c>
/// (mode 0700, created exclusively). Everything an audit mounts or attaches lives under it, so a later run
/// can tell what an earlier, killed one left (<see cref="Leftovers"/>) without any record that a SIGKILL could cut short.
/// </summary>
public static partial class WorkDirectory
{
    /// <summary>Creates one under the temporary directory (TMPDIR), owned by this process.</summary>
    public static string Create(string prefix) =>
        Directory.CreateTempSubdirectory(string.Create(CultureInfo.InvariantCulture, $"{prefix}{RunOwner.Current.Pid}.{RunOwner.Current.StartTime}-")).FullName;

    /// <summary>The owner named by a directory name made by <see cref="Create"/>, or null for any other name.</summary>
    public static RunOwner? OwnerOf(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var match = Owner().Match(name[prefix.Length..]);
        return match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new RunOwner(pid, start)
            : null;
    }

    /// <summary>The work directory <paramref name="path"/> lies in (the directory itself, the first component named as <see cref="Create"/> names), or null.</summary>
    public static string? Containing(string path, string prefix)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (OwnerOf(parts[i], prefix) is not null) return string.Join('/', parts[..(i + 1)]);
        }

        return null;
    }

    [GeneratedRegex(@"^([0-9]{1,10})\.([0-9]{1,20})-[A-Za-z0-9]{6}$")]
    private static partial Regex Owner();
}
