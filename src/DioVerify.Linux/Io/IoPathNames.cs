namespace DioVerify.Linux.Io;

/// <summary>The kebab-case names of the I/O paths (<c>pwrite</c>, <c>pwritev</c>, <c>libaio</c>, <c>io_uring</c>), as flags, files and reports spell them.</summary>
public static class IoPathNames
{
    /// <summary>Every path, in the order reports list them.</summary>
    public static IReadOnlyList<IoPath> All { get; } = [IoPath.Pwrite, IoPath.Pwritev, IoPath.Libaio, IoPath.IoUring];

    /// <summary>"pwrite, pwritev, libaio, io_uring", for help texts and error messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(Format));

    public static string Format(this IoPath path) => path switch
    {
        IoPath.Pwrite => "pwrite",
        IoPath.Pwritev => "pwritev",
        IoPath.Libaio => "libaio",
        IoPath.IoUring => "io_uring",
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not an I/O path"),
    };

    /// <summary>The path named <paramref name="name"/> exactly (case-sensitive, as the names are a contract), or false.</summary>
    public static bool TryParse(string name, out IoPath path)
    {
        foreach (var candidate in All)
        {
            if (Format(candidate) != name) continue;
            path = candidate;
            return true;
        }

        path = default;
        return false;
    }

    /// <summary>The path named <paramref name="name"/>; a <see cref="FormatException"/> naming the valid ones otherwise.</summary>
    public static IoPath Parse(string name) =>
        TryParse(name, out var path) ? path : throw new FormatException($"unknown I/O path \"{name}\": expected one of {Names}");
}
