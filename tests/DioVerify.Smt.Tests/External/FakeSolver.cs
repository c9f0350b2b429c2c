using DioVerify.Smt.External;

namespace DioVerify.Smt.Tests.External;

/// <summary>A stand-in solver: a small shell script in a private temporary directory, run as an <see cref="ExternalSolver"/>.</summary>
internal sealed class FakeSolver : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("dioverify-fake-solver-");

    /// <summary>Where the fake may copy what it read from stdin (its body can write to <c>"$DIR/received"</c>).</summary>
    public string Received => Path.Combine(directory.FullName, "received");

    /// <summary>A solver whose behaviour is <paramref name="body"/>, a POSIX shell script with <c>$DIR</c> set to the private directory.</summary>
    /// <param name="restarts">The solver's restart argument sets (the script sees the current one as <c>$1</c>).</param>
    public ExternalSolver Behaving(string body, string[][]? restarts = null)
    {
        var path = Path.Combine(directory.FullName, $"solver-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\nDIR='{directory.FullName}'\n{body}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new ExternalSolver("fake", path, [], "-", restarts);
    }

    public void Dispose() => directory.Delete(recursive: true);
}
