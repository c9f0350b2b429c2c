namespace DioVerify.Cli.Tests.Support;

/// <summary>The checkout these tests run from (the directory holding DioVerify.sln above the test assembly).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "DioVerify.sln"))) return directory.FullName;
        }

        throw new DirectoryNotFoundException("the repository root (DioVerify.sln) above the test assembly");
    }
}
