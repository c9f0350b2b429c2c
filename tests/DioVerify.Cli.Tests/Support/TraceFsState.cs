namespace DioVerify.Cli.Tests.Support;

/// <summary>
/// What a recording must leave as it found: whether tracefs is mounted, the top instance's switches, buffer,
/// clock, tracer, enabled events and pid filters, every event's enable and filter in the groups a recording
/// uses, and the list of instances. Read without mounting anything.
/// </summary>
public static class TraceFsState
{
    private static readonly string[] TopFiles = ["tracing_on", "buffer_size_kb", "trace_clock", "current_tracer", "set_event", "set_event_pid", "trace_options"];
    private static readonly string[] Groups = ["iomap", "block", "sched", "syscalls"];

    public static string Snapshot()
    {
        var mount = File.ReadAllLines("/proc/self/mounts").Select(l => l.Split(' ')).FirstOrDefault(f => f.Length > 2 && f[2] == "tracefs");
        if (mount is null) return "tracefs not mounted";
        var root = mount[1];
        var lines = new List<string> { $"mounted at {root}" };
        lines.AddRange(TopFiles.Select(f => $"{f}: {Read(Path.Combine(root, f))}"));
        lines.Add("instances: " + string.Join(' ', Directory.EnumerateDirectories(Path.Combine(root, "instances")).Select(Path.GetFileName).Order()));
        foreach (var group in Groups)
        {
            var dir = Path.Combine(root, "events", group);
            if (!Directory.Exists(dir)) continue;
            foreach (var ev in Directory.EnumerateDirectories(dir).Order())
            {
                var filter = Path.Combine(ev, "filter");
                lines.Add($"{group}/{Path.GetFileName(ev)}: {Read(Path.Combine(ev, "enable"))} {(File.Exists(filter) ? Read(filter) : "")}");
            }
        }
        return string.Join('\n', lines);
    }

    private static string Read(string file) => File.ReadAllText(file).Replace('\n', ' ').Trim();
}
