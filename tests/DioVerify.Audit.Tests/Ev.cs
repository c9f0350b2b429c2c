namespace DioVerify.Audit.Tests;

/// <summary>Trace v1 lines, written the way SPEC shows them.</summary>
internal static class Ev
{
    public static string Write(long offset, long length, long fileSize) =>
        $$"""{"event":"write","offset":{{offset}},"length":{{length}},"fileSize":{{fileSize}}}""";

    public static string Submit(long bio, long offset, long length) =>
        $$"""{"event":"submit","bio":{{bio}},"offset":{{offset}},"length":{{length}}}""";

    public static string Ok(long bio) => $$"""{"event":"complete","bio":{{bio}},"status":"ok"}""";

    public static string Eio(long bio) => $$"""{"event":"complete","bio":{{bio}},"status":"eio"}""";

    public static string Bytes(long bytes) => $$"""{"event":"return","bytes":{{bytes}}}""";

    public static string Error(string errno) => $$"""{"event":"return","error":"{{errno}}"}""";

    public static string Size(long value) => $$"""{"event":"size","value":{{value}}}""";

    /// <summary>A write of <paramref name="bios"/> BIOs of 16 KiB from offset 0 into an empty file, all submitted.</summary>
    public static List<string> Submitted(int bios)
    {
        var lines = new List<string> { Write(0, bios * 16384L, 0) };
        for (var i = 0; i < bios; i++) lines.Add(Submit(i, i * 16384L, 16384));
        return lines;
    }

    /// <summary>The trace of SPEC's "Trace (v1)" section, verbatim.</summary>
    public static readonly string[] SpecExample =
    [
        """{"event":"write","offset":0,"length":65536,"fileSize":0}""",
        """{"event":"submit","bio":0,"offset":0,"length":16384}""",
        """{"event":"submit","bio":1,"offset":16384,"length":16384}""",
        """{"event":"complete","bio":1,"status":"ok"}""",
        """{"event":"complete","bio":0,"status":"eio"}""",
        """{"event":"return","error":"EIO"}""",
        """{"event":"size","value":0}""",
    ];
}
