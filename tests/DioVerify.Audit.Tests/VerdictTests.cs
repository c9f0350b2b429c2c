using DioVerify.Audit.Traces;
using DioVerify.Engine.Properties;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

public class VerdictTests
{
    private static void AssertVerdicts(WriteAudit a, bool? p1, bool? p2, bool? p3, bool? p4, bool? p7)
    {
        Assert.Equal(
            new bool?[] { p1, p2, p3, p4, null, null, p7 },
            PropertyVerdicts.All.Select(id => a.Verdicts[id]).ToArray());
    }

    private static string[] Trace(int bios, IEnumerable<string> completions, params string[] tail) =>
        [.. Submitted(bios), .. completions, .. tail];

    [Fact]
    public void Spec_example_returns_EIO_with_an_empty_prefix_and_conforms()
    {
        var a = Traces.Single(SpecExample);

        Assert.Equal(0, a.Prefix);
        Assert.Equal(32768, a.Cut);
        Assert.True(a.IsCut);
        Assert.True(a.Eio);
        Assert.Equal("EIO", a.Returned.Error);
        Assert.Equal(0, a.NewSize);
        AssertVerdicts(a, p1: true, p2: true, p3: true, p4: true, p7: true);
        Assert.True(a.Conforms);
    }

    [Fact]
    public void Contiguous_prefix_partial_write_conforms()
    {
        var a = Traces.Single(Trace(4, [Ok(3), Eio(2), Ok(0), Ok(1)], Bytes(32768), Size(32768)));

        Assert.Equal(32768, a.Prefix);
        AssertVerdicts(a, true, true, true, true, true);
        Assert.True(a.Conforms);
        Assert.Empty(a.Notes);
    }

    [Fact]
    public void Enospc_cut_reported_as_the_submitted_count_conforms()
    {
        var a = Traces.Single(
            Write(0, 65536, 0), Submit(0, 0, 16384), Submit(1, 16384, 16384), Submit(2, 32768, 16384),
            Ok(0), Ok(2), Ok(1), Bytes(49152), Size(49152));

        Assert.Equal(49152, a.Cut);
        Assert.True(a.IsCut);
        Assert.Equal(49152, a.Prefix);
        AssertVerdicts(a, true, true, true, true, true);
    }

    [Fact]
    public void Write_cut_at_its_offset_submits_nothing_and_ENOSPC_is_honest()
    {
        var a = Traces.Single(Write(4096, 8192, 4096), Error("ENOSPC"), Size(4096));

        Assert.Equal(0, a.BioCount);
        Assert.Equal(4096, a.Cut);
        Assert.Equal(0, a.Prefix);
        AssertVerdicts(a, true, true, true, true, true);
    }

    [Fact]
    public void Returning_more_than_the_durable_prefix_violates_P1()
    {
        // The first BIO failed (P = 0) yet a count was returned; the size stays put so only P1 fails.
        var a = Traces.Single(Trace(2, [Eio(0), Ok(1)], Bytes(16384), Size(0)));

        AssertVerdicts(a, p1: false, p2: true, p3: true, p4: true, p7: true);
        Assert.Equal([PropertyId.P1], a.Verdicts.Violated);
        Assert.False(a.Conforms);
    }

    [Fact]
    public void Naive_partial_count_past_a_failed_bio_violates_P1_P3_and_P4()
    {
        var a = Traces.Single(Trace(4, [Ok(0), Eio(1), Ok(2), Ok(3)], Bytes(65536), Size(65536)));

        Assert.Equal(16384, a.Prefix);
        AssertVerdicts(a, p1: false, p2: true, p3: false, p4: false, p7: true);
    }

    [Fact]
    public void Clean_uncut_write_reporting_less_than_its_length_violates_P2()
    {
        // Sector units: 65536 bytes reported as 128. P = len here, so P3 fails alongside.
        var a = Traces.Single(Trace(4, [Ok(0), Ok(1), Ok(2), Ok(3)], Bytes(128), Size(65536)));

        AssertVerdicts(a, p1: true, p2: false, p3: false, p4: true, p7: true);
    }

    [Fact]
    public void All_or_nothing_error_after_durable_progress_violates_only_P3()
    {
        var a = Traces.Single(Trace(4, [Ok(0), Ok(1), Eio(2), Ok(3)], Error("EIO"), Size(0)));

        Assert.Equal(32768, a.Prefix);
        AssertVerdicts(a, p1: true, p2: true, p3: false, p4: true, p7: true);
    }

    [Fact]
    public void Size_past_the_durable_prefix_violates_only_P4()
    {
        var a = Traces.Single(Trace(4, [Ok(0), Ok(1), Eio(2), Ok(3)], Bytes(32768), Size(65536)));

        AssertVerdicts(a, p1: true, p2: true, p3: true, p4: false, p7: true);
    }

    [Fact]
    public void Size_past_the_cut_exposes_never_written_bytes_and_violates_P4()
    {
        var a = Traces.Single(Write(0, 65536, 0), Submit(0, 0, 16384), Ok(0), Bytes(16384), Size(32768));

        Assert.False(a.Verdicts[PropertyId.P4]);
    }

    [Fact]
    public void Bytes_below_the_old_size_are_outside_P4_even_when_their_bio_failed()
    {
        // isize 65536: a failed BIO inside the old file leaves old data, not stale exposure.
        var a = Traces.Single(Write(0, 65536, 65536), Submit(0, 0, 32768), Submit(1, 32768, 32768), Ok(0), Eio(1), Bytes(32768), Size(65536));

        Assert.True(a.Verdicts[PropertyId.P4]);
    }

    [Fact]
    public void Zero_bytes_returned_instead_of_an_error_violates_only_P7()
    {
        var a = Traces.Single(Trace(2, [Eio(0), Ok(1)], Bytes(0), Size(0)));

        AssertVerdicts(a, p1: true, p2: true, p3: true, p4: true, p7: false);
    }

    [Theory]
    [InlineData("EINVAL")]
    [InlineData("EFOO")]
    [InlineData("eio")]
    public void An_error_other_than_EIO_or_ENOSPC_violates_P7(string errno)
    {
        var a = Traces.Single(Trace(2, [Eio(0), Ok(1)], Error(errno), Size(0)));

        Assert.False(a.Verdicts[PropertyId.P7]);
        Assert.Equal(errno, a.Returned.Error);
    }

    [Fact]
    public void EIO_without_a_failed_bio_violates_P7_even_when_cut()
    {
        var a = Traces.Single(Write(0, 65536, 0), Submit(0, 0, 16384), Ok(0), Error("EIO"), Size(0));

        Assert.False(a.Verdicts[PropertyId.P7]);
        Assert.False(a.Verdicts[PropertyId.P3]);
    }

    [Fact]
    public void ENOSPC_without_a_cut_violates_P7_even_when_a_bio_failed()
    {
        var a = Traces.Single(Trace(2, [Eio(0), Ok(1)], Error("ENOSPC")));

        Assert.False(a.Verdicts[PropertyId.P7]);
    }

    [Fact]
    public void When_a_bio_failed_and_the_write_was_cut_both_EIO_and_ENOSPC_are_honest()
    {
        string[] head = [Write(0, 65536, 0), Submit(0, 0, 16384), Eio(0)];

        Assert.True(Traces.Single([.. head, Error("EIO")]).Verdicts[PropertyId.P7]);
        Assert.True(Traces.Single([.. head, Error("ENOSPC")]).Verdicts[PropertyId.P7]);
    }

    [Fact]
    public void Bio_in_flight_at_return_makes_dependent_properties_undecidable()
    {
        // BIO 3 never completes: P is 49152 if it failed, 65536 if it succeeded.
        var a = Traces.Single(Trace(4, [Ok(0), Ok(1), Ok(2)], Bytes(65536), Size(65536)));

        Assert.Null(a.Prefix);
        Assert.Equal(49152, a.PrefixMin);
        Assert.Equal(65536, a.PrefixMax);
        Assert.Equal(1, a.InFlight);
        Assert.Null(a.Eio);
        AssertVerdicts(a, p1: null, p2: true, p3: null, p4: null, p7: true);
        Assert.True(a.Conforms);
        Assert.Contains(a.Notes, n => n.StartsWith("P1:", StringComparison.Ordinal) && n.Contains("in flight"));
    }

    [Fact]
    public void Bio_in_flight_above_the_first_failure_changes_nothing()
    {
        var a = Traces.Single(Trace(3, [Ok(0), Eio(1)], Bytes(16384), Size(16384)));

        Assert.Equal(16384, a.Prefix);
        AssertVerdicts(a, true, true, true, true, true);
        Assert.Empty(a.Notes);
    }

    [Fact]
    public void Count_beyond_even_the_largest_possible_prefix_is_a_P1_violation_despite_bios_in_flight()
    {
        var a = Traces.Single(Trace(4, [Ok(0), Eio(1), Ok(2)], Bytes(65536)));

        Assert.False(a.Verdicts[PropertyId.P1]);
        Assert.False(a.Conforms);
    }

    [Fact]
    public void Count_within_the_least_possible_prefix_is_safe_despite_bios_in_flight()
    {
        // BIO 1 in flight: P is 16384 or 65536. R = 16384 is safe either way, but it is the
        // progress P3 asks for only if BIO 1 failed.
        var a = Traces.Single(Trace(4, [Ok(0), Ok(2), Ok(3)], Bytes(16384), Size(16384)));

        AssertVerdicts(a, p1: true, p2: null, p3: null, p4: true, p7: true);
    }

    [Fact]
    public void EIO_is_undecided_for_P7_when_only_an_in_flight_bio_could_have_failed()
    {
        var a = Traces.Single(Trace(2, [Ok(0)], Error("EIO"), Size(0)));

        Assert.Null(a.Verdicts[PropertyId.P7]);
        Assert.Null(a.Verdicts[PropertyId.P2]);
        Assert.False(a.Verdicts[PropertyId.P3]); // P is at least 16384 and R is an error: lost either way
    }

    [Fact]
    public void P3_holds_when_every_possible_prefix_is_zero_or_the_count()
    {
        // BIO 0 in flight, BIO 1 failed: P is 0 or 16384; R = 16384 satisfies P3 in both cases
        // (P = 0 makes it vacuous) while P1 depends on BIO 0.
        var a = Traces.Single(Trace(2, [Eio(1)], Bytes(16384), Size(0)));

        Assert.True(a.Verdicts[PropertyId.P3]);
        Assert.Null(a.Verdicts[PropertyId.P1]);
    }

    [Fact]
    public void P4_is_undecided_without_a_size_event()
    {
        var a = Traces.Single(Trace(1, [Ok(0)], Bytes(16384)));

        Assert.Null(a.NewSize);
        Assert.Null(a.Verdicts[PropertyId.P4]);
        Assert.Contains(a.Notes, n => n.StartsWith("P4: no size event", StringComparison.Ordinal));
    }

    [Fact]
    public void P5_and_P6_are_always_undecidable_from_a_trace()
    {
        var a = Traces.Single(Trace(1, [Ok(0)], Bytes(16384), Size(16384)));

        Assert.Null(a.Verdicts[PropertyId.P5]);
        Assert.Null(a.Verdicts[PropertyId.P6]);
        Assert.Empty(a.Notes); // P5 and P6 are explained once, in the summary
        Assert.Contains(PropertyId.P5, AuditSummary.TraceLimitations.Keys);
        Assert.Contains(PropertyId.P6, AuditSummary.TraceLimitations.Keys);
    }

    [Fact]
    public void Each_write_of_a_multi_write_trace_is_audited_on_its_own()
    {
        string[] conforming = [.. Trace(4, [Ok(0), Ok(1), Eio(2), Ok(3)], Bytes(32768), Size(32768))];
        string[] violating = [.. Trace(2, [Eio(0), Ok(1)], Bytes(16384), Size(0))];
        // The third write's fileSize need not match the second's size.
        string[] inFlight = [Write(1 << 20, 4096, 8192), Submit(9, 1 << 20, 4096), Bytes(4096), Size((1 << 20) + 4096)];

        var (writes, summary) = Traces.Audit([.. SpecExample, .. conforming, .. violating, .. inFlight]);

        Assert.Equal([0L, 1, 2, 3], writes.Select(w => w.Index));
        Assert.Equal([1L, 8, 19, 26], writes.Select(w => w.Line));
        Assert.Equal([true, true, false, true], writes.Select(w => w.Conforms));
        Assert.Equal(4, summary.Writes);
        Assert.Equal(3, summary.Conforming);
        Assert.Equal(1, summary.Violating);
        Assert.Equal(1, summary.Undecided);
        Assert.Equal(1, summary.ExitCode);
        Assert.Equal(new PropertyTally(2, 1, 1), summary[PropertyId.P1]);
        Assert.Equal(new PropertyTally(0, 0, 4), summary[PropertyId.P6]);
        Assert.Equal(29, summary.Lines);
    }

    [Fact]
    public void A_trace_whose_writes_all_conform_exits_0()
    {
        var (_, summary) = Traces.Audit([.. SpecExample, .. SpecExample]);

        Assert.True(summary.AllConform);
        Assert.Equal(0, summary.ExitCode);
    }
}
