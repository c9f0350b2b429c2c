using DioVerify.Linux.Io;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// One run as a baseline records it: its key (filesystem, scenario, I/O path, sector size), its verdicts, and its
/// key observations in words that stay the same from run to run — what R was (an errno, the whole length, the
/// durable prefix, another short count), where the size went, whether the kernel rule held. Each observation may
/// list several accepted values, for behaviour that depends on a race. The raw numbers ride along, not compared.
/// </summary>
public sealed record BaselineEntry(
    string FileSystem,
    string Scenario,
    string Path,
    int SectorSize,
    IReadOnlyDictionary<PropertyId, IReadOnlyList<bool>> Properties,
    IReadOnlyList<string> Returned,
    IReadOnlyList<string> Size,
    IReadOnlyList<bool> RuleConforms)
{
    public string Key => $"{FileSystem} {Scenario} {Path} {SectorSize}";

    public long? RawReturned { get; init; }

    public long? RawPrefix { get; init; }

    public long? RawSize { get; init; }

    /// <summary>The entry for one judged run.</summary>
    public static BaselineEntry Of(KernelJudgement j)
    {
        var o = j.Observation;
        return new BaselineEntry(
            o.FileSystem, o.Scenario.Name, o.Path.Format(), o.SectorSize,
            KernelJudgement.Judged.ToDictionary(id => id, id => (IReadOnlyList<bool>)[j.Properties[id]]),
            [ReturnedClass(j)], [SizeClass(o)], j.Rule is { } rule ? [rule.Conforms] : [])
        {
            RawReturned = o.Returned,
            RawPrefix = j.Prefix,
            RawSize = o.SizeAfter,
        };
    }

    /// <summary>R in words: <c>EIO</c>, <c>ENOSPC</c> (any errno by name), <c>length</c>, <c>prefix</c> (= P, short), <c>zero</c> or <c>short</c>.</summary>
    public static string ReturnedClass(KernelJudgement j)
    {
        var r = j.Observation.Returned;
        if (r < 0) return Errno.Name(-r);
        if (r == j.Observation.Length) return "length";
        if (r == 0) return "zero";
        return r == j.Prefix ? "prefix" : "short";
    }

    /// <summary>The new size in words: <c>unchanged</c>, <c>end</c> (off + len), <c>returned</c> (off + R), or <c>other</c>.</summary>
    public static string SizeClass(KernelObservation o)
    {
        if (o.SizeAfter == o.SizeBefore) return "unchanged";
        if (o.SizeAfter == o.Offset + o.Length) return "end";
        return o.Returned > 0 && o.SizeAfter == o.Offset + o.Returned ? "returned" : "other";
    }

    /// <summary>This entry accepting <paramref name="now"/>'s values as well.</summary>
    public BaselineEntry Widen(BaselineEntry now) => this with
    {
        Properties = Properties.ToDictionary(p => p.Key, p => (IReadOnlyList<bool>)[.. p.Value.Union(now.Properties.TryGetValue(p.Key, out var v) ? v : [])]),
        Returned = [.. Returned.Union(now.Returned)],
        Size = [.. Size.Union(now.Size)],
        RuleConforms = [.. RuleConforms.Union(now.RuleConforms)],
    };

    /// <summary>Every way <paramref name="now"/> differs from this record, each named.</summary>
    public IReadOnlyList<string> Differences(BaselineEntry now)
    {
        var differences = new List<string>();
        foreach (var (id, accepted) in Properties)
        {
            if (now.Properties.TryGetValue(id, out var v) && !accepted.Contains(v[0])) differences.Add($"{id} was {Words(accepted)}, now {Word(v[0])}");
        }

        if (!Returned.Contains(now.Returned[0])) differences.Add($"R was {string.Join(" or ", Returned)}, now {now.Returned[0]} ({now.RawReturned})");
        if (!Size.Contains(now.Size[0])) differences.Add($"size was {string.Join(" or ", Size)}, now {now.Size[0]} ({now.RawSize})");
        if (RuleConforms.Count > 0 && now.RuleConforms.Count > 0 && !RuleConforms.Contains(now.RuleConforms[0]))
            differences.Add($"the kernel rule {(RuleConforms.Contains(true) ? "held" : "did not hold")}, now it {(now.RuleConforms[0] ? "holds" : "does not")}");
        return differences;
    }

    private static string Word(bool holds) => holds ? "holds" : "violated";

    private static string Words(IReadOnlyList<bool> accepted) => string.Join(" or ", accepted.Select(Word));
}
