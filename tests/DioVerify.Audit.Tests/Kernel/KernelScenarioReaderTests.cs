using System.Text;
using DioVerify.Audit.Kernel;
using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>Scenario files: the built-ins load as a catalog, and a bad file is refused at the offending line and column.</summary>
public sealed class KernelScenarioReaderTests
{
    private static KernelScenario Parse(string text) => KernelScenarioReader.Parse(Encoding.UTF8.GetBytes(text), "s.json");

    private static string Error(string text) => Assert.Throws<BadInputException>(() => Parse(text)).Message;

    private const string Minimal = """
        {
          "format": "dioverify-kernel-scenario/1",
          "name": "mine",
          "story": "a write",
          "write": { "offset": 0, "length": 8192 }
        }
        """;

    [Fact]
    public void The_built_in_catalog_holds_the_six_original_scenarios_and_the_bug_hunts()
    {
        var names = KernelScenarioCatalog.Builtin.Scenarios.Select(s => s.Name).ToList();
        Assert.Superset(
            new HashSet<string> { "enospc-extend", "enospc-extend-inside", "eio-middle", "eio-middle-reordered", "eio-first", "eio-middle-overwrite", "hole-fallback-eio", "torn-write", "eio-enospc", "eio-enospc-reordered", "nocow-extend-eio" },
            names.ToHashSet());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var reordered = KernelScenarioCatalog.Builtin.Find("eio-middle-reordered")!;
        Assert.Equal([512L], reordered.FailedFileBlocks);
        Assert.Equal([0L], reordered.DelayedFileBlocks);
        Assert.Equal(["ext4-noextent", "ext2", "ext4"], KernelScenarioCatalog.Builtin.Find("hole-fallback-eio")!.FileSystems.Select(f => f.Name));
        Assert.True(KernelScenarioCatalog.Builtin.Find("nocow-extend-eio")!.File.Nocow);
    }

    [Fact]
    public void A_minimal_file_takes_the_defaults()
    {
        var s = Parse(Minimal);
        Assert.Equal("mine", s.Name);
        Assert.Equal(IoPath.Pwrite, s.Path);
        Assert.Equal([512], s.SectorSizes);
        Assert.Equal(KernelFileSystem.All, s.FileSystems);
        Assert.True(s.Expected("ext4", PropertyId.P3));
    }

    [Fact]
    public void Every_field_is_read()
    {
        var s = Parse("""
            {
              "format": "dioverify-kernel-scenario/1", "name": "all-fields", "story": "s",
              "filesystems": ["ext4", { "name": "ext4-nodelalloc", "base": "ext4", "mkfsOptions": ["-O", "^has_journal"], "mountOptions": "nodelalloc" }],
              "sectorSizes": [4096],
              "file": { "data": [{ "offset": 0, "length": 4096 }], "preallocated": [{ "offset": 8192, "length": 4096 }], "holes": [], "size": 65536, "nocow": true },
              "write": { "offset": 4096, "length": 8192, "flags": ["O_DSYNC"], "path": "io_uring" },
              "faults": { "eioBlocks": [1], "tornBlocks": [2], "delayBlocks": [1], "delayMs": 10, "freeBytes": 0, "asyncDevice": false },
              "expect": { "P3": false }, "expectOn": { "ext4": { "P5": false } }
            }
            """);
        Assert.Equal(IoPath.IoUring, s.Path);
        Assert.True(s.DSync);
        Assert.Equal(65536, s.SizeBefore);
        Assert.Equal("nodelalloc", s.FileSystems[1].MountOptions);
        Assert.Equal(["-q", "-F", "-b", "4096", "-E", "nodiscard,lazy_itable_init=0,lazy_journal_init=0", "-O", "^has_journal"], s.FileSystems[1].MkfsOptions);
        Assert.False(s.AsyncDevice);
        Assert.Equal(TimeSpan.FromMilliseconds(10), s.Delay);
        Assert.False(s.Expected("ext4", PropertyId.P5));
        Assert.True(s.Expected("ext4-nodelalloc", PropertyId.P5));
        Assert.False(s.Expected("ext4-nodelalloc", PropertyId.P3));
    }

    [Theory]
    [InlineData("\"story\": \"a write\",", "\"story\": \"a write\", \"extra\": 1,", "s.json:4:23: unknown field \"extra\" in the scenario")]
    [InlineData("\"offset\": 0,", "\"offset\": \"0\",", "s.json:5:24: \"offset\" must be an integer, not a string")]
    [InlineData("\"story\": \"a write\",", "", "s.json:1:1: missing field \"story\" in the scenario")]
    [InlineData("\"length\": 8192", "\"length\": 1000", "s.json:5:37: \"length\" must be a multiple of 4096")]
    [InlineData("\"length\": 8192", "\"length\": 0", "s.json:5:37: \"length\" must be between 1 and")]
    [InlineData("\"length\": 8192 }", "\"length\": 8192, \"path\": \"aio\" }", "s.json:5:51: unknown I/O path \"aio\"")]
    [InlineData("\"name\": \"mine\"", "\"name\": \"Mine\"", "s.json:3:11: \"name\" must be kebab-case")]
    public void A_bad_file_is_refused_where_it_goes_wrong(string from, string to, string expected) =>
        Assert.StartsWith(expected, Error(Minimal.Replace(from, to, StringComparison.Ordinal)));

    [Fact]
    public void A_fault_outside_the_write_never_fires_so_it_is_refused() =>
        Assert.Contains("file block 9 is outside the write, whose 4 KiB file blocks are 0..1", Error(Minimal.Replace("8192 }", "8192 }, \"faults\": { \"eioBlocks\": [9] }", StringComparison.Ordinal)));

    [Fact]
    public void Unknown_filesystems_sector_sizes_and_properties_are_refused()
    {
        Assert.Contains("unknown filesystem \"zfs\"", Error(Minimal.Replace("\"story\": \"a write\",", "\"story\": \"a write\", \"filesystems\": [\"zfs\"],", StringComparison.Ordinal)));
        Assert.Contains("512 or 4096 (got 2048)", Error(Minimal.Replace("\"story\": \"a write\",", "\"story\": \"a write\", \"sectorSizes\": [2048],", StringComparison.Ordinal)));
        Assert.Contains("P6 needs a second arrival order", Error(Minimal.Replace("\"story\": \"a write\",", "\"story\": \"a write\", \"expect\": {\"P6\": true},", StringComparison.Ordinal)));
        Assert.Contains("not one of this scenario's filesystems", Error(Minimal.Replace("\"story\": \"a write\",", "\"story\": \"a write\", \"filesystems\": [\"xfs\"], \"expectOn\": {\"ext4\": {}},", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_user_file_a_folder_and_a_name_all_resolve()
    {
        var dir = Directory.CreateTempSubdirectory("kscen-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "mine.json"), Minimal);
            Assert.Equal("mine", KernelScenarioCatalog.Resolve(Path.Combine(dir, "mine.json"))!.Scenarios.Single().Name);
            Assert.Equal("mine", KernelScenarioCatalog.Resolve(dir)!.Scenarios.Single().Name);
            Assert.Equal("eio-first", KernelScenarioCatalog.Resolve("eio-first")!.Scenarios.Single().Name);
            Assert.Null(KernelScenarioCatalog.Resolve(Path.Combine(dir, "absent.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
