namespace DioVerify.Linux;

/// <summary>
/// Releases what an audit acquired — mounts, loop devices, FUSE servers, directories — in reverse order,
/// every one of them even when an earlier release fails, so nothing is left behind on this machine.
/// </summary>
public sealed class Teardown : IDisposable
{
    private readonly Stack<(string What, Action Release)> releases = new();

    /// <summary>Registers <paramref name="resource"/> for release and returns it.</summary>
    public T Add<T>(string what, T resource)
        where T : IDisposable
    {
        releases.Push((what, resource.Dispose));
        return resource;
    }

    public void Add(string what, Action release) => releases.Push((what, release));

    public void Dispose()
    {
        var failures = new List<string>();
        while (releases.TryPop(out var entry))
        {
            try
            {
                entry.Release();
            }
            catch (Exception e) when (e is HostException or IOException or UnauthorizedAccessException)
            {
                failures.Add($"{entry.What}: {e.Message}");
            }
        }

        if (failures.Count > 0) throw new HostException($"could not release everything: {string.Join("; ", failures)}");
    }
}
