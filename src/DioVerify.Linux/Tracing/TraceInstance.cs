using System.Globalization;

namespace DioVerify.Linux.Tracing;

/// <summary>
/// A private tracefs instance (<c>instances/NAME</c>): its own ring buffer, events, filters, clock and options,
/// so a recording never touches the top-level buffer that other tools (trace-cmd, perf, bpftrace) may be
/// using. Disposing stops it and removes the directory, which frees the buffer and disables its events.
/// </summary>
public sealed unsafe class TraceInstance : IDisposable
{
    private const string Prefix = "dioverify-";
    private int pipe = -1;
    private bool removed;

    private TraceInstance(string path) => Path = path;

    /// <summary>The instance's directory.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates <c>instances/dioverify-PID</c> (PID this process's), with <paramref name="bufferKb"/> KiB of ring
    /// buffer per CPU, the cross-CPU monotonic clock (events of different CPUs are merged by time, and a BIO
    /// completes on another CPU than it was submitted) and each event's thread-group id recorded.
    /// </summary>
    public static TraceInstance Create(string traceFsRoot, int bufferKb)
    {
        RemoveStale(traceFsRoot);
        var path = System.IO.Path.Combine(traceFsRoot, "instances", Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            if (Directory.Exists(path)) throw new HostException($"{path} already exists");
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HostException($"cannot create the tracefs instance {path}: {e.Message}");
        }

        var instance = new TraceInstance(path);
        try
        {
            instance.Set("tracing_on", "0");
            instance.Set("buffer_size_kb", bufferKb.ToString(CultureInfo.InvariantCulture));
            instance.Set("trace_clock", "mono");
            instance.Set("options/record-tgid", "1");
            // Stop at a full buffer rather than overwrite: lost events then show as "dropped events" per CPU.
            instance.Set("options/overwrite", "0");
            return instance;
        }
        catch
        {
            instance.Dispose();
            throw;
        }
    }

    /// <summary>Whether this kernel has the event <paramref name="name"/> ("group/event").</summary>
    public bool Has(string name) => Directory.Exists(System.IO.Path.Combine(Path, "events", name));

    /// <summary>Enables <paramref name="name"/> ("group/event") in this instance, with a tracefs filter expression if given.</summary>
    public void Enable(string name, string? filter = null)
    {
        if (filter is not null) Set($"events/{name}/filter", filter);
        Set($"events/{name}/enable", "1");
    }

    /// <summary>Starts or stops recording into this instance's buffer.</summary>
    public void Switch(bool on) => Set("tracing_on", on ? "1" : "0");

    /// <summary>
    /// Moves what the buffer holds now into <paramref name="sink"/> through <c>trace_pipe</c> (consuming it,
    /// so the buffer has room again), without waiting for more. Returns the bytes moved.
    /// </summary>
    public long Drain(Stream sink)
    {
        if (pipe < 0)
        {
            var file = System.IO.Path.Combine(Path, "trace_pipe");
            pipe = Libc.Open(file, Libc.ORdonly | Libc.ONonblock | Libc.OCloexec, 0);
            if (pipe < 0) throw HostException.FromErrno($"open {file}", Libc.Errno);
        }

        var buffer = new byte[64 * 1024];
        long total = 0;
        fixed (byte* p = buffer)
        {
            while (true)
            {
                var n = Libc.Read(pipe, p, (nuint)buffer.Length);
                if (n > 0)
                {
                    sink.Write(buffer, 0, (int)n);
                    total += n;
                    continue;
                }
                if (n == 0) return total;
                var errno = Libc.Errno;
                if (errno == Errno.EAGAIN) return total;
                if (errno == Errno.EINTR) continue;
                throw HostException.FromErrno("read trace_pipe", errno);
            }
        }
    }

    /// <summary>
    /// Events the buffer could not keep, over all CPUs: <c>overrun</c>, <c>commit overrun</c> and
    /// <c>dropped events</c> from <c>per_cpu/cpu*/stats</c>. Any of them makes the recording incomplete.
    /// </summary>
    public long LostEvents()
    {
        long lost = 0;
        foreach (var stats in Directory.EnumerateFiles(System.IO.Path.Combine(Path, "per_cpu"), "stats", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(stats))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0) continue;
                var key = line[..colon];
                if (key is not ("overrun" or "commit overrun" or "dropped events")) continue;
                if (long.TryParse(line[(colon + 1)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) lost += n;
            }
        }
        return lost;
    }

    public void Dispose()
    {
        if (removed) return;
        removed = true;
        if (pipe >= 0)
        {
            Libc.Close(pipe);
            pipe = -1;
        }
        try
        {
            File.WriteAllText(System.IO.Path.Combine(Path, "tracing_on"), "0");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removing the instance below stops it anyway.
        }
        Remove(Path);
    }

    /// <summary>Removes instances left by a recording that was killed outright (its process is gone).</summary>
    private static void RemoveStale(string traceFsRoot)
    {
        var instances = System.IO.Path.Combine(traceFsRoot, "instances");
        if (!Directory.Exists(instances)) return;
        foreach (var dir in Directory.EnumerateDirectories(instances, Prefix + "*"))
        {
            var pid = System.IO.Path.GetFileName(dir)[Prefix.Length..];
            if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out _) || Directory.Exists($"/proc/{pid}")) continue;
            try
            {
                Remove(dir);
            }
            catch (HostException)
            {
                // Someone still reads it; it is not in the way of this recording's own instance.
            }
        }
    }

    private static void Remove(string dir)
    {
        // rmdir of an instance fails with EBUSY while a reader still has one of its files open; readers close fast.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(dir);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new HostException($"cannot remove the tracefs instance {dir}: {e.Message}");
            }
        }
    }

    private void Set(string file, string value)
    {
        var path = System.IO.Path.Combine(Path, file);
        try
        {
            File.WriteAllText(path, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HostException($"cannot write \"{value}\" to {path}: {e.Message}");
        }
    }
}
