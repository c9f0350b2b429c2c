using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Judges what a real filesystem did against SPEC's formal column. Pure: an observation in, verdicts out.
/// "Durable" is what the device holds: a sector of the write is durable when the device image carries its
/// stamp, which is exactly "the BIO covering it completed ok", whatever the filesystem did afterwards.
/// </summary>
public static class KernelJudge
{
    private const int Sector = SectorStamp.SectorSize;

    public static KernelJudgement Judge(KernelObservation o)
    {
        var prefix = Math.Min(o.Length, (long)LeadingRun(o.OnDevice, 0, durable => durable) * Sector);
        var readable = Math.Min(o.Length, (long)LeadingRun(o.Readback, (int)(o.Offset / Sector), content => content == SectorContent.New) * Sector);
        var r = o.Returned;
        var error = r < 0 ? -r : 0;

        var properties = new Dictionary<PropertyId, bool>
        {
            [PropertyId.P1] = r < 0 || r <= prefix,
            [PropertyId.P2] = o.DeviceFailed || o.Cut || r == o.Length,
            [PropertyId.P3] = prefix == 0 || r == prefix,
            [PropertyId.P4] = ExposedRange(o).All(content => content == SectorContent.New),
            [PropertyId.P5] = PastEof(o) == 0,
            [PropertyId.P7] = r < 0
                ? (error == Errno.EIO && o.DeviceFailed) || (error == Errno.ENOSPC && o.Cut)
                : r > 0,
        };
        var expected = KernelJudgement.Judged.ToDictionary(id => id, id => o.Scenario.Expected(o.FileSystem, id));
        return new KernelJudgement(o, prefix, readable, properties, Notes(o, prefix, readable))
        {
            Expected = expected,
            Rule = KernelRuleCheck.Check(o),
        };
    }

    /// <summary>
    /// Bytes allocated past the end of the file (P5): from the extent map when there is one, so holes below EOF
    /// do not hide a leak; otherwise from <c>st_blocks</c>.
    /// </summary>
    public static long PastEof(KernelObservation o)
    {
        var eof = RoundUp(o.SizeAfter, o.BlockSize);
        if (o.Extents is { } extents)
        {
            var (written, unwritten) = ExtentMap.Past(extents, eof);
            return written + unwritten;
        }

        return Math.Max(0, o.AllocatedBytes - eof);
    }

    /// <summary>The sectors P4 speaks of: <c>[max(isize, off), newSize)</c>.</summary>
    private static IEnumerable<SectorContent> ExposedRange(KernelObservation o)
    {
        var from = (int)(Math.Max(o.SizeBefore, o.Offset) / Sector);
        var to = (int)Math.Min(o.Readback.Count, (o.SizeAfter + Sector - 1) / Sector);
        for (var i = from; i < to; i++) yield return o.Readback[i];
    }

    private static IReadOnlyList<string> Notes(KernelObservation o, long prefix, long readable)
    {
        var notes = new List<string>();
        var r = o.Returned;
        var returned = r >= 0 ? $"{r} bytes" : Errno.Name(-r);
        if (o.Scenario.InjectsEio && !o.DeviceFailed) notes.Add("the injected EIO never fired: the filesystem did not write the chosen block's data through the device");
        if (r < 0 && prefix > 0) notes.Add($"progress thrown away: {prefix} bytes durable on the device, returned {returned}");
        if (r > 0 && r > readable) notes.Add($"returned {r} bytes but only {readable} read back as written");
        if (r >= 0 && r < prefix) notes.Add($"returned less than the durable prefix ({r} < {prefix})");
        foreach (var (kind, start, end) in Runs(o.Readback))
        {
            if (kind == SectorContent.Stale) notes.Add($"stale data exposed: device garbage readable at [{start}, {end})");
            if (kind == SectorContent.Foreign) notes.Add($"foreign data readable at [{start}, {end})");
            if (kind == SectorContent.Unreadable) notes.Add($"reading [{start}, {end}) fails with EIO");
            if (kind == SectorContent.Zero && start < o.SizeAfter && end > Math.Max(o.SizeBefore, o.Offset))
            {
                notes.Add($"zeros exposed inside the new size at [{start}, {end})");
            }
        }

        var late = LateCompletions(o.Completions);
        if (late > 0) notes.Add($"out of order: {late} of the device's {o.Completions.Count} WRITEs of this data completed before one that starts lower in the file");
        if (o.SizeAfter != o.SizeBefore) notes.Add($"size {o.SizeBefore} -> {o.SizeAfter}");
        else notes.Add($"size unchanged ({o.SizeAfter})");
        if (o.Extents is { } extents)
        {
            var (written, unwritten) = ExtentMap.Past(extents, RoundUp(o.SizeAfter, o.BlockSize));
            if (written + unwritten > 0)
            {
                var kinds = unwritten == 0 ? "all written" : written == 0 ? "all unwritten extents, reading as zeros" : $"{written} written, {unwritten} unwritten";
                notes.Add($"{written + unwritten} bytes allocated past the end of the file (FIEMAP: {kinds})");
            }
        }
        else
        {
            var leaked = o.AllocatedBytes - RoundUp(o.SizeAfter, o.BlockSize);
            if (leaked > 0) notes.Add($"{leaked} bytes allocated past the end of the file (st_blocks; no extent map)");
        }

        var torn = o.DeviceWrites.Count(w => w.TornAt is not null);
        if (torn > 0)
        {
            notes.Add(o.Scenario.AsyncDevice
                ? $"the device answered {torn} WRITE(s) short (torn); FUSE reported each to the loop driver as EIO (a short asynchronous direct write fails)"
                : $"the device answered {torn} WRITE(s) short (torn); the loop driver completed each as success, so the filesystem never learnt of it");
        }
        if (o.Driver is { } driver && driver != o.Scenario.FileSystems.FirstOrDefault(f => f.Name == o.FileSystem)?.Type) notes.Add($"served by the kernel's {driver} driver");
        if (o.FSync != 0) notes.Add($"fsync returned {Errno.Name(-o.FSync)}");
        return notes;
    }

    /// <summary>Completions that arrived while a piece lower in the file was still outstanding.</summary>
    private static int LateCompletions(IReadOnlyList<long> completions)
    {
        var late = 0;
        for (var i = 0; i < completions.Count; i++)
        {
            for (var j = i + 1; j < completions.Count; j++)
            {
                if (completions[j] < completions[i])
                {
                    late++;
                    break;
                }
            }
        }

        return late;
    }

    private static int LeadingRun<T>(IReadOnlyList<T> items, int from, Func<T, bool> accept)
    {
        var i = from;
        while (i < items.Count && accept(items[i])) i++;
        return i - from;
    }

    /// <summary>Maximal runs of equal content, as byte ranges of the file.</summary>
    private static IEnumerable<(SectorContent Kind, long Start, long End)> Runs(IReadOnlyList<SectorContent> sectors)
    {
        for (var i = 0; i < sectors.Count;)
        {
            var j = i;
            while (j < sectors.Count && sectors[j] == sectors[i]) j++;
            yield return (sectors[i], (long)i * Sector, (long)j * Sector);
            i = j;
        }
    }

    private static long RoundUp(long x, long unit) => ConcreteAlgebra.Instance.RoundUp(x, unit);
}
