using DioVerify.Audit.Traces;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The kernel audit's write as <c>record</c> traced it, audited by <c>audit trace</c>, next to the kernel
/// judge's verdicts: the two reach P from different evidence (BIO completions vs stamps on the device),
/// so they must agree on every property both decide (P1–P4, P7).
/// </summary>
public sealed record TraceAgreement(string File, int Writes, WriteAudit? Audit, IReadOnlyList<string> Disagreements)
{
    /// <summary>Why nothing was compared (the write was not recorded), or null.</summary>
    public string? NotCompared { get; init; }

    /// <summary>The properties both judges decide.</summary>
    public static IReadOnlyList<PropertyId> Compared { get; } = [PropertyId.P1, PropertyId.P2, PropertyId.P3, PropertyId.P4, PropertyId.P7];

    public bool Agrees => Disagreements.Count == 0;

    /// <summary>Compares the trace's audit of <paramref name="writes"/> (the recording of one pwrite) with <paramref name="kernel"/>.</summary>
    public static TraceAgreement Compare(string file, IReadOnlyList<WriteAudit> writes, KernelJudgement kernel)
    {
        if (writes.Count == 0)
        {
            // btrfs runs its direct I/O through __iomap_dio_rw, past the iomap_dio_rw_begin tracepoint.
            return new TraceAgreement(file, 0, null, [])
            {
                NotCompared = $"{kernel.Observation.FileSystem}'s direct write did not pass the iomap_dio_rw_begin tracepoint, so nothing was recorded",
            };
        }
        if (writes.Count != 1)
            return new TraceAgreement(file, writes.Count, null, [$"the recording holds {writes.Count} writes, not the one pwrite"]);
        var audit = writes[0];
        var o = kernel.Observation;

        // Two cases where the trace's BIO completions are not the device's truth, so a disagreement would be no error.
        if (!o.Scenario.AsyncDevice && o.DeviceWrites.Any(w => w.TornAt is not null))
        {
            return new TraceAgreement(file, 1, audit, [])
            {
                NotCompared = "the device tore a WRITE and the loop driver completed it as success, so every traced BIO reads as ok while the device lacks data",
            };
        }

        if (audit.BioCount == 0 && o.DeviceWrites.Count > 0)
        {
            return new TraceAgreement(file, 1, audit, [])
            {
                NotCompared = "the write's data reached the device through the page cache (a buffered fallback), so no direct BIO of it was traced",
            };
        }

        var disagreements = new List<string>();
        if (audit.Incomplete) disagreements.Add("the recording lost events, so the trace judges nothing");
        foreach (var id in Compared)
        {
            if (audit.Verdicts[id] is not { } traced) continue;
            if (traced != kernel.Properties[id])
                disagreements.Add($"{id}: kernel judge {(kernel.Properties[id] ? "holds" : "violated")}, trace audit {(traced ? "holds" : "violated")} (trace P={audit.PrefixMin}..{audit.PrefixMax}, kernel P={kernel.Prefix})");
        }
        return new TraceAgreement(file, 1, audit, disagreements);
    }
}
