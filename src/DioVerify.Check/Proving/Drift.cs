namespace DioVerify.Check.Proving;

/// <summary>Where a committed record and its regenerated text first differ, as a reviewer wants to read it.</summary>
public static class Drift
{
    public static string FirstDifference(string committed, string regenerated)
    {
        var a = committed.Split('\n');
        var b = regenerated.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        string Show(string[] lines) => line < lines.Length ? lines[line].Length > 100 ? lines[line][..100] + "…" : lines[line] : "(end of file)";
        return $"first at line {line + 1}: committed \"{Show(a)}\", regenerated \"{Show(b)}\"";
    }
}
