using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace DioVerify.Cli.Tests;

/// <summary>
/// The CI examples in examples/ci/ (issue 18) stay true: they parse as YAML, every <c>./dioverify</c> command a job
/// runs is accepted by the CLI's own parser (with the CI system's variables put in), and together they shard check,
/// merge the shards, upload JUnit and SARIF and keep the obligation cache between runs.
/// </summary>
public sealed partial class CiExampleTests
{
    public static TheoryData<string> Examples => new() { "github-actions.yml", "gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_dioverify_command_an_example_runs_parses_with_the_options_it_gives(string file)
    {
        var commands = Commands(file);
        Assert.Contains(commands, c => c.StartsWith("check ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("merge ", StringComparison.Ordinal));
        foreach (var command in commands)
        {
            var words = Substitute(command).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parsed = DioVerifyCommand.Create().Parse(words);
            Assert.True(parsed.Errors.Count == 0, $"{file}: ./dioverify {command}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            Assert.Equal(words[0], parsed.CommandResult.Command.Name);
        }
    }

    [Fact]
    public void GitHub_runs_a_matrix_of_shards_then_merges_them_and_uploads_junit_and_sarif_with_the_cache_kept()
    {
        var jobs = (YamlMappingNode)Root("github-actions.yml")["jobs"];
        var check = (YamlMappingNode)jobs["check"];
        var shards = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)check["strategy"])["matrix"])["shard"]).Select(n => n.ToString()).ToList();
        var k = shards.Count;
        Assert.Equal(Enumerable.Range(1, k).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), shards);

        var checkRuns = Runs(check);
        Assert.Contains(checkRuns, r => r.Contains($"--shard ${{{{ matrix.shard }}}}/{k}") && r.Contains("--report"));
        Assert.Contains(Steps(check), s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/cache", StringComparison.Ordinal)
            && ((YamlMappingNode)s["with"])["path"].ToString().Contains("dioverify"));

        var merge = (YamlMappingNode)jobs["merge"];
        Assert.Equal("check", merge["needs"].ToString());
        var merged = Runs(merge).Where(r => r.Contains("./dioverify merge")).ToList();
        Assert.All(merged, r => Assert.Equal(k, MergedShards().Matches(r).Count));
        Assert.Contains(merged, r => r.Contains("--format junit"));
        Assert.Contains(merged, r => r.Contains("--format sarif"));
        Assert.Contains(Steps(merge), s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));
    }

    [Fact]
    public void GitLab_runs_parallel_shards_from_CI_NODE_INDEX_then_merges_them_with_the_junit_report_and_the_cache_kept()
    {
        var root = Root("gitlab-ci.yml");
        var check = (YamlMappingNode)root["dioverify-check"];
        var k = int.Parse(check["parallel"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(k > 1);
        Assert.Contains(Script(check), line => line.Contains("./dioverify check") && line.Contains("--report shard-$CI_NODE_INDEX.json") && !line.Contains("--shard"));
        var cached = ((YamlSequenceNode)((YamlMappingNode)check["cache"])["paths"]).Select(p => p.ToString()).ToList();
        Assert.Contains(cached, p => ((YamlMappingNode)check["variables"])["XDG_CACHE_HOME"].ToString().EndsWith(p.Split('/')[0], StringComparison.Ordinal));

        var merge = (YamlMappingNode)root["dioverify-merge"];
        var merged = Script(merge).Where(r => r.Contains("./dioverify merge")).ToList();
        Assert.All(merged, r => Assert.Equal(k, MergedShards().Matches(r).Count));
        Assert.Contains(merged, r => r.Contains("--format junit"));
        Assert.Contains(merged, r => r.Contains("--format sarif"));
        Assert.Equal("dioverify-check.xml", ((YamlMappingNode)((YamlMappingNode)merge["artifacts"])["reports"])["junit"].ToString());
    }

    /// <summary>What follows <c>./dioverify</c> in every command a job runs, up to a redirection or <c>||</c>.</summary>
    private static List<string> Commands(string file)
    {
        var root = Root(file);
        var lines = file.StartsWith("github", StringComparison.Ordinal)
            ? ((YamlMappingNode)root["jobs"]).Children.Values.OfType<YamlMappingNode>().SelectMany(Runs)
            : root.Children.Values.OfType<YamlMappingNode>().Where(j => j.Children.ContainsKey("script")).SelectMany(Script);
        return [.. lines.SelectMany(l => Regex.Matches(l, @"\./dioverify ([^>|\n]+)").Select(m => m.Groups[1].Value.Trim()))];
    }

    /// <summary>The CI system's variables as a job sees them in shard 1.</summary>
    private static string Substitute(string command) => command
        .Replace("${{ matrix.shard }}", "1", StringComparison.Ordinal)
        .Replace("$CI_NODE_INDEX", "1", StringComparison.Ordinal);

    private static YamlMappingNode Root(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(System.IO.Path.Combine(RepositoryRoot.Path, "examples", "ci", file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).OfType<YamlMappingNode>();

    private static IEnumerable<string> Runs(YamlMappingNode job) =>
        Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString());

    private static IEnumerable<string> Script(YamlMappingNode job) => ((YamlSequenceNode)job["script"]).Select(n => n.ToString());

    [GeneratedRegex(@"shard-\d+\.json")]
    private static partial Regex MergedShards();
}
