using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Judges one traced write against SPEC's formal definitions. A BIO in flight at the return could
/// have succeeded or failed, so each property is evaluated over every outcome of the in-flight BIOs:
/// <c>true</c> when it holds for all, <c>false</c> when it fails for all, <c>null</c> otherwise.
/// Each property reduces that to a few extreme cases rather than enumerating outcomes.
/// </summary>
public static class WriteAuditor
{
    public static WriteAudit Audit(TraceWrite w)
    {
        var bios = w.Bios;
        var off = w.Offset;
        var cut = w.Cut;
        var r = w.Returned;

        // P is the start of the lowest BIO that is not ok (or the cut). In-flight BIOs failing gives
        // the least P; succeeding gives the greatest; P grows monotonically with their successes.
        var anyEio = false;
        var inFlight = 0;
        long prefixMax = cut - off, prefixMin = -1;
        foreach (ref readonly var b in bios)
        {
            if (b.State == BioState.Ok) continue;
            if (prefixMin < 0) prefixMin = b.Offset - off;
            if (b.State == BioState.InFlight)
            {
                inFlight++;
            }
            else if (!anyEio)
            {
                anyEio = true;
                prefixMax = b.Offset - off;
            }
        }
        if (prefixMin < 0) prefixMin = cut - off;

        var isCut = cut < off + w.Length;
        bool? eio = anyEio ? true : inFlight > 0 ? null : false;

        // A recording that lost events may miss any of this write's BIOs, completions or its return:
        // every verdict computed from what is left could be wrong either way, so none is given.
        var verdicts = w.Incomplete ? PropertyVerdicts.Undecided : PropertyVerdicts.Undecided
            .With(PropertyId.P1, PrefixSafety(r, prefixMin, prefixMax))
            .With(PropertyId.P2, Completeness(r, w.Length, isCut, anyEio, inFlight))
            .With(PropertyId.P3, Progress(r, bios, off, prefixMax))
            .With(PropertyId.P4, NoStaleExposure(w, bios))
            .With(PropertyId.P7, ErrorHonesty(r, isCut, eio));
        // P5 (block geometry) and P6 (more than one order) stay undecided: a v1 trace cannot tell.

        return new WriteAudit
        {
            Index = w.Index,
            Line = w.Line,
            Offset = off,
            Length = w.Length,
            FileSize = w.FileSize,
            BioCount = bios.Length,
            InFlight = inFlight,
            Cut = cut,
            Eio = eio,
            PrefixMin = prefixMin,
            PrefixMax = prefixMax,
            Returned = r,
            NewSize = w.NewSize,
            Verdicts = verdicts,
            File = w.File,
            Path = w.Path,
            Incomplete = w.Incomplete,
        };
    }

    /// <summary>P1 <c>R ≥ 0 ⇒ R ≤ P</c>: safe if within the least possible P, unsafe if beyond the greatest.</summary>
    private static bool? PrefixSafety(ReturnValue r, long prefixMin, long prefixMax)
    {
        if (r.IsError) return true;
        if (r.Bytes <= prefixMin) return true;
        if (r.Bytes > prefixMax) return false;
        return null;
    }

    /// <summary>
    /// P2 <c>¬EIO? ∧ ¬CUT? ⇒ R = len</c>: vacuous once cut or a BIO failed; otherwise the premise holds
    /// exactly when every in-flight BIO succeeded, an outcome that is always possible.
    /// </summary>
    private static bool? Completeness(ReturnValue r, long length, bool isCut, bool anyEio, int inFlight)
    {
        if (isCut || anyEio) return true;
        if (!r.IsError && r.Bytes == length) return true;
        return inFlight > 0 ? null : false;
    }

    /// <summary>
    /// P3 <c>P &gt; 0 ⇒ R = P</c>, over every value P can take: the start of each in-flight BIO below
    /// the first failed one (it failed, those below it succeeded), and the greatest P (all succeeded).
    /// </summary>
    private static bool? Progress(ReturnValue r, ReadOnlySpan<TraceBio> bios, long off, long prefixMax)
    {
        bool anyHolds = false, anyFails = false;
        Consider(prefixMax);
        foreach (ref readonly var b in bios)
        {
            if (b.Offset - off >= prefixMax || (anyHolds && anyFails)) break;
            if (b.State == BioState.InFlight) Consider(b.Offset - off);
        }
        return anyHolds == anyFails ? null : anyHolds;

        void Consider(long p)
        {
            if (p == 0 || (!r.IsError && r.Bytes == p)) anyHolds = true;
            else anyFails = true;
        }
    }

    /// <summary>
    /// P4: every byte of <c>[max(isize, off), newSize)</c> is durable. Bytes at or past the cut were
    /// never submitted and so are never durable; below it, each BIO the range meets must be ok.
    /// </summary>
    private static bool? NoStaleExposure(TraceWrite w, ReadOnlySpan<TraceBio> bios)
    {
        if (w.NewSize is not { } newSize) return null;
        var lo = Math.Max(w.FileSize, w.Offset);
        if (newSize <= lo) return true;
        if (newSize > w.Cut) return false;
        bool? verdict = true;
        foreach (ref readonly var b in bios)
        {
            if (b.End <= lo) continue;
            if (b.Offset >= newSize) break;
            if (b.State == BioState.Eio) return false;
            if (b.State == BioState.InFlight) verdict = null;
        }
        return verdict;
    }

    /// <summary>
    /// P7: an error must be EIO with <c>EIO?</c> or ENOSPC with <c>CUT?</c> (any other name is
    /// dishonest); a count must be positive. EIO is undecided when only an in-flight BIO could have failed.
    /// </summary>
    private static bool? ErrorHonesty(ReturnValue r, bool isCut, bool? eio)
    {
        if (!r.IsError) return r.Bytes > 0;
        if (r.Is(Errno.ENOSPC)) return isCut;
        if (r.Is(Errno.EIO)) return eio;
        return false;
    }
}
