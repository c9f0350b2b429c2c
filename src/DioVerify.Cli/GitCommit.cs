using System.Diagnostics;

namespace DioVerify.Cli;

/// <summary>The commit a checkout is at, so that reports of different commits are never merged.</summary>
public static class GitCommit
{
    /// <summary>git's HEAD in <paramref name="root"/>, else the CI system's commit variable, else null.</summary>
    public static string? Find(string? root)
    {
        if (root is not null && Head(root) is { } head) return head;
        return new[] { "GITHUB_SHA", "CI_COMMIT_SHA" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
    }

    private static string? Head(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            return git.WaitForExit(10_000) && git.ExitCode == 0 && output.Length >= 40 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
