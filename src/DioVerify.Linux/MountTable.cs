using System.Globalization;
using System.Text;

namespace DioVerify.Linux;

/// <summary>One line of <c>/proc/self/mountinfo</c>: where something is mounted, what, and its device number.</summary>
public sealed record MountEntry(string MountPoint, string FileSystemType, string Source, int Major, int Minor);

/// <summary>
/// This process's view of the mounts, read from <c>/proc/self/mountinfo</c>, which never blocks on a stuck
/// filesystem (unlike <c>stat</c> of a mount point on a FUSE filesystem nobody answers).
/// </summary>
public static class MountTable
{
    public static IReadOnlyList<MountEntry> Read() => Parse(File.ReadAllLines("/proc/self/mountinfo"));

    /// <summary>Whether <paramref name="path"/> is itself a mount point.</summary>
    public static bool IsMountPoint(string path) => Read().Any(entry => entry.MountPoint == Path.TrimEndingDirectorySeparator(path));

    /// <summary>
    /// Parses mountinfo lines: "ID PARENT MAJOR:MINOR ROOT MOUNTPOINT OPTIONS [OPTIONAL…] - TYPE SOURCE SUPEROPTIONS",
    /// with spaces, tabs, newlines and backslashes in paths escaped as octal (<c>\040</c>).
    /// </summary>
    internal static IReadOnlyList<MountEntry> Parse(IEnumerable<string> lines)
    {
        var entries = new List<MountEntry>();
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            if (fields.Length < 10) continue;
            var separator = Array.IndexOf(fields, "-", 6);
            if (separator < 0 || separator + 2 >= fields.Length) continue;
            var device = fields[2].Split(':');
            if (device.Length != 2
                || !int.TryParse(device[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                || !int.TryParse(device[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
            {
                continue;
            }

            entries.Add(new MountEntry(Unescape(fields[4]), fields[separator + 1], Unescape(fields[separator + 2]), major, minor));
        }

        return entries;
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal)) return field;
        var bytes = new List<byte>();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && field.AsSpan(i + 1, 3).ToString() is var octal && octal.All(c => c is >= '0' and <= '7'))
            {
                bytes.Add((byte)Convert.ToInt32(octal, 8));
                i += 3;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(field[i].ToString()));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
