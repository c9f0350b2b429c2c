using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// A malformed schedule exits 65 with <c>file:line:column: reason</c> on stderr and no stack trace
/// (DESIGN.md "CLI contract"; issue 2, item 7). Every case is one edit of SPEC's example, whose fields
/// sit one per line (2 version, 3 request, 4 freeBlocks, 5 outcomes, 6 arrival), so the line is checked too.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, string, int, string> Cases => new()
    {
        // name, text to replace in SpecExample, replacement, expected line, expected words of the reason
        { "not-json", Schedules.SpecExample, "this is not a schedule", 1, "not valid JSON" },
        { "unknown-field", "\"freeBlocks\": 16,", "\"freeBlocks\": 16, \"colour\": \"blue\",", 4, "unknown field \"colour\"" },
        { "unknown-request-field", "\"maxBioBytes\": 16384", "\"maxBioBytes\": 16384, \"queueDepth\": 32", 3, "unknown field \"queueDepth\"" },
        { "unaligned-offset", "\"offset\": 0,", "\"offset\": 100,", 3, "not a multiple of sectorSize 512" },
        { "negative-length", "\"length\": 65536,", "\"length\": -512,", 3, "length" },
        { "negative-offset", "\"offset\": 0,", "\"offset\": -512,", 3, "offset" },
        { "overflowing-number", "\"offset\": 0,", "\"offset\": 99999999999999999999,", 3, "64-bit" },
        { "negative-free-blocks", "\"freeBlocks\": 16,", "\"freeBlocks\": -1,", 4, "freeBlocks" },
        { "unknown-outcome", "[\"ok\", \"eio\", \"ok\", \"ok\"]", "[\"ok\", \"EIO\", \"ok\", \"ok\"]", 5, "\"EIO\"" },
        { "arrival-repeats-a-bio", "[2, 0, 3, 1]", "[2, 0, 2, 1]", 6, "permutation" },
        { "arrival-names-a-missing-bio", "[2, 0, 3, 1]", "[2, 0, 4, 1]", 6, "BIO 4" },
        { "too-few-outcomes", "[\"ok\", \"eio\", \"ok\", \"ok\"]", "[\"ok\", \"eio\", \"ok\"]", 5, "the request maps to 4 BIOs" },
        { "too-many-outcomes-for-the-cut", "\"freeBlocks\": 16,", "\"freeBlocks\": 12,", 5, "the request maps to 3 BIOs" },
        { "wrong-version", "\"version\": 1,", "\"version\": 2,", 2, "version 2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_schedule_exits_65_with_file_line_column_and_reason(string name, string find, string replace, int line, string reason)
    {
        Assert.Contains(find, Schedules.SpecExample);
        var file = _dir.Write($"{name}.json", Schedules.SpecExample.Replace(find, replace));

        var result = CliProcess.Run("replay", file, "--policy", "contiguous-prefix").ExitsWith(65).HasNoStackTrace();

        Assert.Equal("", result.Stdout);
        var first = result.StderrLines[0];
        var match = Regex.Match(first, $"^{Regex.Escape(file)}:(\\d+):(\\d+): (.+)$");
        Assert.True(match.Success, $"stderr does not start with file:line:column: reason\n{result}");
        Assert.Equal(line, int.Parse(match.Groups[1].Value));
        Assert.True(int.Parse(match.Groups[2].Value) >= 1, $"column must be 1-based\n{result}");
        Assert.Contains(reason, match.Groups[3].Value);
    }

    [Fact]
    public void Missing_schedule_file_exits_65_naming_the_file()
    {
        var file = Path.Combine(_dir.Path, "does-not-exist.json");

        var result = CliProcess.Run("replay", file).ExitsWith(65).HasNoStackTrace();

        // No line or column exists for a file that cannot be read: "file: reason".
        Assert.StartsWith($"{file}: ", result.StderrLines[0]);
        Assert.Contains("cannot read", result.Stderr);
    }

    [Fact]
    public void Empty_schedule_file_exits_65()
    {
        var file = _dir.Write("empty.json", "");

        var result = CliProcess.Run("replay", file).ExitsWith(65).HasNoStackTrace();

        Assert.StartsWith($"{file}:1:1: not valid JSON", result.StderrLines[0]);
    }

    [Fact]
    public void Schedule_naming_an_unknown_policy_exits_65_with_its_place()
    {
        var file = _dir.Write("bad-policy.json", Schedules.SpecExample.Replace("\"freeBlocks\": 16,", "\"freeBlocks\": 16, \"policy\": \"no-such-policy\","));

        var result = CliProcess.Run("replay", file).ExitsWith(65).HasNoStackTrace();

        Assert.StartsWith($"{file}:4:", result.StderrLines[0]);
        Assert.Contains("no-such-policy", result.Stderr);
    }

    [Fact]
    public void Schedule_saved_with_a_utf8_byte_order_mark_replays()
    {
        var file = Path.Combine(_dir.Path, "bom.json");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Schedules.SpecExample)]);

        CliProcess.Run("replay", file, "--policy", "contiguous-prefix", "--format", "json").ExitsWith(0).HasNoStackTrace();
    }
}
