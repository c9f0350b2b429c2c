using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// The CI examples in examples/ci/ (issue 18, item 2) stay true: every <c>./dioverify</c> command they run names a
/// command and options that exist, with a format the command accepts. Structural checks only (no YAML package is
/// referenced): the files are plain block YAML, indented with spaces.
/// </summary>
public sealed class CiExampleTests
{
    public static TheoryData<string> Examples => new() { "github-actions.yml", "gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_dioverify_command_an_example_runs_exists_with_its_options(string file)
    {
        var commands = Commands(file);
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var help = CliProcess.Run(words[0], "--help").ExitsWith(0).Stdout;
            foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
            {
                Assert.Contains(option, help);
            }

            var format = Array.IndexOf(words, "--format");
            if (format >= 0) Assert.Matches($@"--format\s.*\b{Regex.Escape(words[format + 1])}\b", help.Replace("\n", " "));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_uploads_JUnit_and_SARIF_and_uses_no_sharding(string file)
    {
        var text = File.ReadAllText(Path(file));

        Assert.Contains("--format junit", text);
        Assert.Contains("--format sarif", text);
        Assert.DoesNotContain("--shard", text);
        Assert.DoesNotContain('\t', text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimStart().Length == 0 || (line.Length - line.TrimStart().Length) % 2 == 0, $"odd indentation: \"{line}\""));
    }

    /// <summary>What follows <c>./dioverify</c> on each line, up to a redirection.</summary>
    private static List<string> Commands(string file) =>
        [.. Regex.Matches(File.ReadAllText(Path(file)), @"\./dioverify ([^>\n]+)").Select(m => m.Groups[1].Value.Trim())];

    private static string Path(string file) => System.IO.Path.Combine(RepositoryRoot.Path, "examples", "ci", file);
}
