using System.Runtime.InteropServices;

namespace DioVerify.Bench;

/// <summary>The machine a bench ran on, so a reader can tell whose numbers these are and rerun them.</summary>
/// <param name="LoadAverage">The 1-minute load average at the start: on a shared machine it says how much the numbers were crowded.</param>
public sealed record Machine(string Cpu, int Cores, string Kernel, string Dotnet, string Z3, string LoadAverage)
{
    /// <summary>This machine, read from /proc where Linux has it (a plain "unknown" elsewhere: the bench still runs).</summary>
    public static Machine Current(string z3Version) => new(
        Read("/proc/cpuinfo", text => text.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()),
        Environment.ProcessorCount,
        Read("/proc/sys/kernel/osrelease", text => $"Linux {text.Trim()}", RuntimeInformation.OSDescription),
        RuntimeInformation.FrameworkDescription,
        z3Version,
        Read("/proc/loadavg", text => text.Split(' ')[0]));

    private static string Read(string path, Func<string, string?> pick, string fallback = "unknown")
    {
        try
        {
            return pick(File.ReadAllText(path)) ?? fallback;
        }
        catch (IOException)
        {
            return fallback;
        }
        catch (UnauthorizedAccessException)
        {
            return fallback;
        }
    }
}
