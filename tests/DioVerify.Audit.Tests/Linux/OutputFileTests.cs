using System.Diagnostics;
using System.Runtime.Versioning;
using DioVerify.Linux;
using Xunit;

namespace DioVerify.Audit.Tests.Linux;

/// <summary>
/// <see cref="OutputFile"/>: an output file is replaced whole by rename from an exclusively created,
/// unpredictably named temporary, and nothing planted at its name or beside it redirects the write.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dioverify-output-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private string Victim()
    {
        var victim = At("victim");
        File.WriteAllText(victim, "precious");
        return victim;
    }

    private void AssertNoTemporaryLeft(string name) =>
        Assert.Empty(Directory.GetFiles(_dir, $".{name}.*"));

    private static UnixFileMode Umask()
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("Umask:", StringComparison.Ordinal));
        return (UnixFileMode)Convert.ToInt32(line[6..].Trim(), 8);
    }

    [Fact]
    public void A_new_file_gets_the_content_and_the_mode_any_tool_would_give_it()
    {
        var target = At("report.html");
        OutputFile.Write(target, "<p>ok</p>");

        Assert.Equal("<p>ok</p>", File.ReadAllText(target));
        Assert.Equal((UnixFileMode)0x1B6 & ~Umask(), File.GetUnixFileMode(target));
        AssertNoTemporaryLeft("report.html");
    }

    [Fact]
    public void An_existing_file_is_replaced_whole_and_keeps_its_permissions()
    {
        var target = At("report.html");
        File.WriteAllText(target, "an older and much longer report");
        File.SetUnixFileMode(target, (UnixFileMode)0x1A0); // 0640
        OutputFile.Write(target, "new");

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal((UnixFileMode)0x1A0, File.GetUnixFileMode(target));
        AssertNoTemporaryLeft("report.html");
    }

    [Fact]
    public void A_symlink_planted_at_the_target_is_refused_and_its_file_is_untouched()
    {
        var victim = Victim();
        var target = At("report.html");
        File.CreateSymbolicLink(target, victim);

        var e = Assert.Throws<IOException>(() => OutputFile.Write(target, "attack"));

        Assert.Contains("symbolic link", e.Message);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal(victim, new FileInfo(target).LinkTarget);
        AssertNoTemporaryLeft("report.html");
    }

    [Fact]
    public void A_dangling_symlink_at_the_target_is_refused_and_creates_nothing()
    {
        var target = At("report.html");
        File.CreateSymbolicLink(target, At("created-by-the-write"));

        Assert.Throws<IOException>(() => OutputFile.Write(target, "attack"));
        Assert.False(File.Exists(At("created-by-the-write")));
    }

    [Fact]
    public void Symlinks_planted_at_predictable_temporary_names_do_not_redirect_the_write()
    {
        // The names the old writer used (".NAME.PID.tmp") and a spread of others an attacker might guess.
        var victim = Victim();
        var target = At("report.html");
        var guesses = new[] { $".report.html.{Environment.ProcessId}.tmp", ".report.html.tmp", "report.html.tmp", "report.html~" }
            .Concat(Enumerable.Range(0, 50).Select(i => $".report.html.{i}.tmp"));
        foreach (var guess in guesses) File.CreateSymbolicLink(At(guess), victim);

        OutputFile.Write(target, "report");

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal("report", File.ReadAllText(target));
        Assert.Null(new FileInfo(target).LinkTarget);
    }

    [Fact]
    public void Two_writes_use_different_temporary_names()
    {
        // Watch the directory: every temporary the writer creates has a fresh, unguessable name.
        var seen = new List<string>();
        using var watcher = new FileSystemWatcher(_dir) { EnableRaisingEvents = true };
        watcher.Created += (_, e) => { lock (seen) seen.Add(e.Name!); };
        var target = At("report.html");
        OutputFile.Write(target, "one");
        OutputFile.Write(target, "two");
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 5000)
        {
            lock (seen)
            {
                if (seen.Count(n => n.StartsWith(".report.html.", StringComparison.Ordinal)) >= 2) break;
            }

            Thread.Sleep(20);
        }

        lock (seen)
        {
            var temporaries = seen.Where(n => n.StartsWith(".report.html.", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, temporaries.Distinct().Count());
            Assert.All(temporaries, n => Assert.Matches(@"^\.report\.html\.[0-9a-f]{24}\.tmp$", n));
        }
    }

    [Theory]
    [InlineData("/dev/null", "a character device")]
    [InlineData("/dev/stdout", "a symbolic link")]
    public void A_device_or_a_link_to_one_is_refused_not_replaced(string target, string kind)
    {
        var e = Assert.Throws<IOException>(() => OutputFile.Write(target, "x"));
        Assert.Contains(kind, e.Message);
        Assert.StartsWith($"it is {kind}", OutputFile.Refusal(target));
    }

    [Fact]
    public void A_FIFO_is_refused_and_stays_a_FIFO()
    {
        var fifo = At("pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var e = Assert.Throws<IOException>(() => OutputFile.Write(fifo, "x"));

        Assert.Contains("a FIFO", e.Message);
        Assert.StartsWith("it is a FIFO", OutputFile.Refusal(fifo));
        AssertNoTemporaryLeft("pipe");
    }

    [Fact]
    public void A_directory_is_refused()
    {
        Directory.CreateDirectory(At("out"));
        Assert.Contains("a directory", Assert.Throws<IOException>(() => OutputFile.Write(At("out"), "x")).Message);
    }

    [Fact]
    public void A_name_in_a_missing_directory_is_refused()
    {
        Assert.Contains("is not a directory", Assert.Throws<IOException>(() => OutputFile.Write(At("missing/report.html"), "x")).Message);
    }
}
