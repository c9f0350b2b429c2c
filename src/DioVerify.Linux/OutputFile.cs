using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DioVerify.Linux;

/// <summary>
/// Writes an output file (a report, a counterexample) so that nothing another local user plants at its name,
/// or beside it, can redirect the write: the content goes to a new temporary file with an unpredictable name
/// in the target's directory, created exclusively without following links, and is then renamed over the target.
/// </summary>
/// <remarks>
/// The target may be a new name or an existing regular file. A symlink at the target is refused rather than
/// followed or replaced (the user named a link: say so, do not guess which file they meant), and so is anything
/// else that is not a regular file: replacing <c>/dev/stdout</c> or a FIFO with a regular file is never what
/// was asked. Between the check and the rename the name can change; rename(2) replaces the directory entry
/// and never writes through what it names, so a link planted in that window is replaced, not followed.
/// </remarks>
public static partial class OutputFile
{
    // open(2) flags beyond Libc's, for x86-64 and arm64 alike.
    private const int OWronly = 0x1;
    private const int OExcl = 0x80;
    private const int ONofollow = 0x20000;
    private const int EExist = 17;
    private const int EIntr = 4;

    private const int AtSymlinkNofollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>
    /// Why <paramref name="path"/> must not be written, or null when it may (a regular file or a name that
    /// does not exist yet, in an existing directory).
    /// </summary>
    public static string? Refusal(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? "/";
        if (!Directory.Exists(directory)) return $"{directory} is not a directory";
        return Mode(full) switch
        {
            null => null,
            { } mode when (mode & FileTypeMask) == RegularFile => null,
            { } mode => $"it is {KindOf(mode)}",
        };
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    public static void Write(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/>, all or nothing: a reader sees the old
    /// file or the whole new one. Throws <see cref="IOException"/> with the reason on any failure (including a
    /// <see cref="Refusal"/>), and leaves no temporary file behind.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var target = Path.GetFullPath(path);
        if (Refusal(target) is { } refusal) throw new IOException($"refusing to write {path}: {refusal}");

        // A regular file keeps its permissions (as an editor's save does); a new one gets what any tool
        // creating it would, 0666 less the umask, so a private umask keeps the report private.
        var mode = (Mode(target) ?? (0x1B6 & ~Umask())) & 0x1FF;
        var (fd, temporary) = CreateTemporary(target);
        try
        {
            WriteAll(fd, content, temporary);
            if (FChmod(fd, mode) != 0) throw Failed("chmod", temporary);
            if (Libc.FSync(fd) != 0) throw Failed("fsync", temporary);
            if (Libc.Close(fd) != 0)
            {
                fd = -1;
                throw Failed("close", temporary);
            }

            fd = -1;
            if (Rename(temporary, target) != 0) throw Failed($"rename to {target}", temporary);
            temporary = null;
        }
        finally
        {
            if (fd >= 0) Libc.Close(fd);
            if (temporary is not null) Unlink(temporary);
        }
    }

    /// <summary>
    /// A new file beside the target, mode 0600 until it is complete: O_EXCL fails on any existing name,
    /// a symlink included, and 96 random bits make the name impossible to plant in advance.
    /// </summary>
    private static (int Fd, string Path) CreateTemporary(string target)
    {
        var directory = Path.GetDirectoryName(target) ?? "/";
        for (var attempt = 0; ; attempt++)
        {
            var random = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
            var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{random}.tmp");
            var fd = Libc.Open(temporary, OWronly | Libc.OCreat | OExcl | ONofollow | Libc.OCloexec, 0x180);
            if (fd >= 0) return (fd, temporary);
            var errno = Libc.Errno;
            if (errno != EExist || attempt == 8) throw new IOException($"cannot create a temporary file in {directory}: {Libc.Describe(errno)}");
        }
    }

    private static unsafe void WriteAll(int fd, ReadOnlySpan<byte> content, string temporary)
    {
        fixed (byte* start = content)
        {
            var done = 0;
            while (done < content.Length)
            {
                var n = Libc.Write(fd, start + done, (nuint)(content.Length - done));
                if (n < 0 && Libc.Errno == EIntr) continue;
                if (n <= 0) throw Failed("write", temporary);
                done += (int)n;
            }
        }
    }

    /// <summary>The target's st_mode without following a link, or null when nothing is at that name.</summary>
    private static unsafe int? Mode(string path)
    {
        var buffer = stackalloc byte[256];
        if (Libc.Statx(-100, path, AtSymlinkNofollow, StatxType | StatxMode, buffer) != 0)
        {
            var errno = Libc.Errno;
            return errno == 2 ? null : throw new IOException($"cannot examine {path}: {Libc.Describe(errno)}");
        }

        // struct statx: stx_mode is the u16 at byte 28 on every architecture.
        return BinaryPrimitives.ReadUInt16LittleEndian(new ReadOnlySpan<byte>(buffer + 28, 2));
    }

    private static string KindOf(int mode) => (mode & FileTypeMask) switch
    {
        0xA000 => "a symbolic link (links are not followed or replaced)",
        0x4000 => "a directory",
        0x2000 => "a character device, not a regular file",
        0x6000 => "a block device, not a regular file",
        0x1000 => "a FIFO, not a regular file",
        0xC000 => "a socket, not a regular file",
        _ => "not a regular file",
    };

    /// <summary>The process umask, read without changing it (umask(2) can only read by setting).</summary>
    private static int Umask()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("Umask:", StringComparison.Ordinal)) return Convert.ToInt32(line[6..].Trim(), 8);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        // Unknown: the strictest answer, so the file is never more readable than the user wanted.
        return 0x3F;
    }

    private static IOException Failed(string what, string temporary) =>
        new($"cannot write {temporary} ({what}): {Libc.Describe(Libc.Errno)}");

    private static void Unlink(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write has already failed, and that is the error to report.
        }
    }

    [LibraryImport("libc", SetLastError = true, EntryPoint = "fchmod")]
    private static partial int FChmod(int fd, int mode);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "rename")]
    private static partial int Rename(string from, string to);
}
