using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary><c>dioverify merge</c> on what is not the shard reports of one run: exit 65 with the file and the reason, never a stack trace.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Merge_of_a_missing_file_exits_65_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"dioverify-no-such-report-{Guid.NewGuid():N}.json");
        var result = CliProcess.Run("merge", missing).ExitsWith(65).HasNoStackTrace();

        Assert.StartsWith($"{missing}: cannot read the report", result.Stderr);
    }

    [Fact]
    public void Merge_of_a_file_that_is_not_json_exits_65_with_its_line_and_column()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dioverify-not-a-report-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\n  \"format\": \"dioverify-check/1\",\n  oops\n}\n");
        try
        {
            var result = CliProcess.Run("merge", file).ExitsWith(65).HasNoStackTrace();
            Assert.StartsWith($"{file}:3:", result.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Merge_of_an_unsharded_report_exits_65_saying_it_is_not_a_shard()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dioverify-unsharded-{Guid.NewGuid():N}.json");
        try
        {
            CliProcess.Run("check", "--no-proofs", "--max-bios", "1", "--fscheck-tests", "50", "--report", file);
            var result = CliProcess.Run("merge", file).ExitsWith(65).HasNoStackTrace();
            Assert.Contains($"{file}: not a shard report", result.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Merge_resolves_a_users_rule_only_with_the_rules_the_sharded_check_was_given()
    {
        var folder = Directory.CreateTempSubdirectory("dioverify-merge-rules-").FullName;
        try
        {
            var rule = Path.Combine(folder, "my.rule");
            File.WriteAllText(rule, "rule my-prefix\ndescription \"Morton's rule, mine\"\nreturn if P > 0 then P else if anyFailed && lowestFailedStart == off then EIO else ENOSPC\n");
            var shards = Enumerable.Range(1, 2).Select(i => Path.Combine(folder, $"shard-{i}.json")).ToList();
            for (var i = 1; i <= 2; i++)
            {
                CliProcess.Run("check", "--no-proofs", "--max-bios", "1", "--fscheck-tests", "50", "--rules", rule, "--shard", $"{i}/2", "--report", shards[i - 1]);
            }

            var without = CliProcess.Run(["merge", .. shards]).ExitsWith(65).HasNoStackTrace();
            Assert.Contains("my-prefix", without.Stderr);
            var with = CliProcess.Run(["merge", .. shards, "--rules", rule]).HasNoStackTrace();
            Assert.Contains("my-prefix", with.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
