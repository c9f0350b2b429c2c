namespace DioVerify.Cli;

/// <summary>Finds the checkout DioVerify runs from (the directory holding DioVerify.sln), for proofs/ and models/.</summary>
public static class RepoRoot
{
    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DioVerify.sln"))) return dir.FullName;
            }
        }

        return null;
    }
}
