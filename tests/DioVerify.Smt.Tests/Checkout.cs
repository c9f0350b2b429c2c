namespace DioVerify.Smt.Tests;

/// <summary>The checkout the tests run in: the directory holding DioVerify.sln above the test assembly.</summary>
internal static class Checkout
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DioVerify.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("not inside a checkout");
    }
}
