namespace DioVerify.Cli.Tests.Support;

/// <summary>Schedule v1 texts for the tests, one field per line so that error positions are predictable.</summary>
public static class Schedules
{
    /// <summary>
    /// SPEC.md's example schedule: 64 KiB at offset 0 of an empty file, 16 KiB BIOs (so 4 of them), BIO 1 failed,
    /// completions out of order, 16 free blocks (exactly the 16 needed, so no cut).
    /// Lines: 2 version, 3 request, 4 freeBlocks, 5 outcomes, 6 arrival.
    /// </summary>
    public const string SpecExample = """
        {
          "version": 1,
          "request": { "offset": 0, "length": 65536, "fileSize": 0, "blockSize": 4096, "sectorSize": 512, "maxBioBytes": 16384 },
          "freeBlocks": 16,
          "outcomes": ["ok", "eio", "ok", "ok"],
          "arrival": [2, 0, 3, 1]
        }
        """;

    /// <summary>SPEC's ENOSPC variant: with 12 free blocks the same request is cut at 49152 and maps to 3 BIOs, all ok.</summary>
    public const string SpecExampleCut = """
        {
          "version": 1,
          "request": { "offset": 0, "length": 65536, "fileSize": 0, "blockSize": 4096, "sectorSize": 512, "maxBioBytes": 16384 },
          "freeBlocks": 12,
          "outcomes": ["ok", "ok", "ok"],
          "arrival": [1, 2, 0]
        }
        """;

    /// <summary>The built-in catalog's names in catalog order (SPEC's eleven first; a rule file added to models/policies/ adds its own).</summary>
    public static readonly string[] PolicyNames = [.. DioVerify.Engine.Policies.PolicyCatalog.Builtin.Policies.Select(p => p.Name)];
}

/// <summary>A temporary directory for schedule files, deleted with the test class.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dioverify-cli-tests-").FullName;

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to a new file and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp directory is harmless
        }
    }
}
