using System.Runtime.Versioning;
using DioVerify.Linux;

namespace DioVerify.Audit.Tests.Linux;

/// <summary>
/// What a later run may reclaim: only work directories whose name says which process owned them, owned by
/// this user, and whose owner is gone — a pid reused by another process is not the owner, a live run is left alone.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LeftoversTests : IDisposable
{
    /// <summary>A prefix no other run uses, so these tests never touch a real audit's directories in the shared /tmp.</summary>
    private readonly string prefix = $"dioverify-leftovers-test-{Guid.NewGuid():N}-";

    private readonly List<string> made = [];

    public void Dispose()
    {
        foreach (var dir in made.Where(Directory.Exists)) Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_work_directory_names_this_process_as_its_owner()
    {
        var dir = Made(WorkDirectory.Create(prefix));

        Assert.Equal(RunOwner.Current, WorkDirectory.OwnerOf(Path.GetFileName(dir), prefix));
        Assert.Equal(dir, WorkDirectory.Containing(Path.Combine(dir, "device", "device.img"), prefix));
        Assert.True(RunOwner.Current.IsAlive());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dir));
    }

    [Theory]
    [InlineData("dioverify-kernel-test-abc123")]
    [InlineData("dioverify-kernel-A3D6W8")]
    [InlineData("dioverify-kernel-12.34")]
    [InlineData("dioverify-kernel-12.34-abcdefg")]
    [InlineData("other-12.34-abcdef")]
    public void A_name_not_made_by_WorkDirectory_has_no_owner(string name)
    {
        Assert.Null(WorkDirectory.OwnerOf(name, "dioverify-kernel-"));
        Assert.Null(WorkDirectory.Containing($"/tmp/{name}/mnt", "dioverify-kernel-"));
    }

    [Fact]
    public void A_reused_pid_is_not_the_owner()
    {
        var impostor = RunOwner.Current with { StartTime = RunOwner.Current.StartTime + 1 };
        Assert.False(impostor.IsAlive());
    }

    [Fact]
    public void A_dead_runs_directory_is_removed_and_a_live_runs_is_kept()
    {
        var live = Made(WorkDirectory.Create(prefix));
        var dead = Made(Path.Combine(Path.GetTempPath(), $"{prefix}{RunOwner.Current.Pid}.{RunOwner.Current.StartTime + 1}-Xy12Zw"));
        Directory.CreateDirectory(Path.Combine(dead, "mnt"));
        var foreign = Made(Path.Combine(Path.GetTempPath(), $"{prefix}not-a-run"));

        var lines = Leftovers.Reclaim(prefix);

        var line = Assert.Single(lines);
        Assert.Contains($"reclaimed what run {RunOwner.Current.Pid} (no longer running) left in {dead}: removed {dead}", line);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(foreign));
    }

    private string Made(string dir)
    {
        Directory.CreateDirectory(dir);
        made.Add(dir);
        return dir;
    }
}
