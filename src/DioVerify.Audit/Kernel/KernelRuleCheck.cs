using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Write;
using DioVerify.Linux.Fuse;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Checks the running kernel against its modelled rule: the device's WRITEs of the audited data become the
/// model's BIOs (<c>M</c> = one loop request = one FUSE WRITE, the cap the audit sets), failed where a refused
/// WRITE covered them, in the order they completed; allocation is cut where the data the device saw ends. The
/// rule file, run through the engine, then predicts R, the new size and the kept blocks. Pure: data in, data out.
/// </summary>
public static class KernelRuleCheck
{
    public static RuleConformance? Check(KernelObservation o)
    {
        if (o.RuleName is not { } name || KernelRules.Catalog.Find(name) is not { } rule) return null;
        var a = ConcreteAlgebra.Instance;
        var end = o.Offset + o.Length;
        var blockEnd = a.RoundUp(end, o.BlockSize);
        var request = new WriteRequest(o.Offset, o.Length, o.SizeBefore, o.BlockSize, o.SectorSize, FuseServer.MaxWrite);
        if (request.Validate() is { } invalid) return new RuleConformance(name, Source(rule), 0, 0, 0, 0, 0, 0, false, [$"the request does not fit the model: {invalid}"]);

        // When the write needed more than the free space, allocation got as far as the data the device was asked to
        // write (stored, refused or torn). Otherwise data missing at the end was never submitted for another reason
        // (iomap stops submitting once a failure has completed), which model v1 cannot state: those BIOs count as ok.
        var seen = o.DeviceWrites.Count == 0 ? o.Offset : Math.Clamp(o.DeviceWrites.Max(w => w.FileEnd), o.Offset, end);
        var unlimited = Geometry<bool, long>.Of(a, request.ToTerms(null));
        long? freeBlocks = o.Cut && a.RoundUp(seen, o.BlockSize) < blockEnd ? Math.Max(0, (a.RoundUp(seen, o.BlockSize) - unlimited.FirstNewBlock) / o.BlockSize) : null;
        var layout = ConcreteLayout.Of(request, freeBlocks);
        var failed = new bool[layout.Count];
        var firstArrival = new int[layout.Count];
        Array.Fill(firstArrival, int.MaxValue);
        for (var j = 0; j < o.DeviceWrites.Count; j++)
        {
            var w = o.DeviceWrites[j];
            for (var k = 0; k < layout.Count; k++)
            {
                if (w.FileStart >= layout.Ends[k] || w.FileEnd <= layout.Starts[k]) continue;
                failed[k] |= w.Failed || (w.TornAt is not null && o.Scenario.AsyncDevice);
                firstArrival[k] = Math.Min(firstArrival[k], j);
            }
        }

        var arrival = Enumerable.Range(0, layout.Count).OrderBy(k => firstArrival[k]).ThenBy(k => k).Select(k => (long)k).ToArray();
        var outcome = WriteEngine.Run(a, rule, layout, failed, arrival);
        var g = layout.Geometry;
        var predictedKept = Math.Min(Math.Max(outcome.KeptEnd, g.FirstNewBlock), blockEnd);
        var observedKept = o.Extents is { } extents ? ExtentMap.KeptEnd(extents, g.FirstNewBlock, blockEnd) : (long?)null;

        var differences = new List<string>();
        if (outcome.Returned != o.Returned)
        {
            // iomap keeps the first error to arrive; model v1 allocates before any completion, so its cut always wins.
            var race = g.IsCut && failed.Any(f => f) && outcome.Returned == -Errno.ENOSPC && o.Returned == -Errno.EIO
                ? " (the EIO arrived before allocation ran out: the arrival race model v1 leaves out)" : "";
            differences.Add($"R: the rule says {Text(outcome.Returned)}, the kernel returned {Text(o.Returned)}{race}");
        }

        if (outcome.NewSize != o.SizeAfter) differences.Add($"size: the rule says {outcome.NewSize}, the file is {o.SizeAfter}");
        if (observedKept is { } kept && kept != predictedKept)
            differences.Add($"kept blocks: the rule keeps [{g.FirstNewBlock}, {predictedKept}), the extent map holds [{g.FirstNewBlock}, {kept})");
        return new RuleConformance(name, Source(rule), outcome.Returned, outcome.NewSize, predictedKept, observedKept ?? -1, layout.Count, failed.Count(f => f), g.IsCut, differences);
    }

    private static string Source(Engine.Policies.IPolicy rule) => rule is RulePolicy r ? r.Definition.File : KernelRules.Folder;

    private static string Text(long r) => r >= 0 ? $"{r} bytes" : Errno.Name(-r);
}
