namespace DioVerify.Verdicts.Check;

/// <summary>FsCheck's column of <c>check</c>: a fixed number of generated schedules per policy × property from a fixed seed.</summary>
public sealed record FsCheckColumn(int Tests, ulong Seed, TimeSpan Elapsed, IReadOnlyList<FsCheckCell> Cells)
{
    /// <summary>The pair's cell, or null when FsCheck did not run on it.</summary>
    public FsCheckCell? Find(string policy, Engine.Properties.PropertyId property) =>
        Cells.SingleOrDefault(c => c.Policy.Name == policy && c.Property == property);
}
