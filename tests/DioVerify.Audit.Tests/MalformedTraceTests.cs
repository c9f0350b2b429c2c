using System.Text;
using DioVerify.Audit.Traces;
using DioVerify.Engine.Input;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

public class MalformedTraceTests
{
    private static void AssertRejected(BadInputException e, long line, string reasonPart, long? column = null)
    {
        Assert.Equal(line, e.Line);
        Assert.Contains(reasonPart, e.Reason, StringComparison.Ordinal);
        if (column is { } c) Assert.Equal(c, e.Column);
        Assert.StartsWith($"{Traces.File}:{line}:", e.Message, StringComparison.Ordinal);
    }

    /// <summary>1-based column of the first occurrence of <paramref name="marker"/> in <paramref name="line"/>.</summary>
    private static long Col(string line, string marker)
    {
        var i = line.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(i >= 0, $"{marker} not in {line}");
        return i + 1;
    }

    [Fact]
    public void Completion_of_an_unknown_bio_is_rejected_with_its_line()
    {
        var e = Traces.Reject([.. Submitted(2), Ok(0), Ok(7), Bytes(32768)]);

        AssertRejected(e, 5, "completion of bio 7, which the write on line 1 has not submitted", column: Col(Ok(7), "7"));
    }

    [Fact]
    public void Completion_before_its_submit_is_rejected_as_an_unknown_bio()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Ok(0), Submit(0, 0, 4096), Bytes(4096));

        AssertRejected(e, 2, "completion of bio 0");
    }

    [Fact]
    public void Completion_of_an_already_completed_bio_is_rejected_naming_the_first_completion()
    {
        var e = Traces.Reject([.. Submitted(2), Ok(0), Ok(1), Eio(0), Bytes(32768)]);

        AssertRejected(e, 6, "bio 0 completed twice (first completion on line 4)");
    }

    [Fact]
    public void Completion_of_a_bio_from_an_earlier_write_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Submit(0, 0, 4096), Ok(0), Bytes(4096), Write(4096, 4096, 4096), Ok(0));

        AssertRejected(e, 6, "completion of bio 0, which the write on line 5 has not submitted");
    }

    [Fact]
    public void A_bio_id_submitted_twice_is_rejected()
    {
        var e = Traces.Reject(Write(0, 8192, 0), Submit(3, 0, 4096), Submit(3, 4096, 4096), Bytes(0));

        AssertRejected(e, 3, "bio 3 submitted twice in the write on line 1 (first submit on line 2)");
    }

    [Fact]
    public void Overlapping_bios_are_rejected_at_the_second_submit()
    {
        var e = Traces.Reject(Write(0, 65536, 0), Submit(0, 0, 16384), Submit(1, 8192, 16384), Bytes(0));

        AssertRejected(e, 3, "bio 1 [8192, 24576) overlaps bio 0 [0, 16384) submitted on line 2", column: Col(Submit(1, 8192, 16384), "8192"));
    }

    [Fact]
    public void A_bio_submitted_out_of_order_that_overlaps_the_one_above_it_is_rejected()
    {
        var e = Traces.Reject(Write(0, 65536, 0), Submit(1, 16384, 16384), Submit(0, 0, 20000), Bytes(0));

        AssertRejected(e, 3, "bio 0 [0, 20000) overlaps bio 1 [16384, 32768)");
    }

    [Fact]
    public void A_bio_past_the_end_of_its_write_is_rejected()
    {
        var e = Traces.Reject(Write(0, 16384, 0), Submit(0, 0, 16384), Submit(1, 16384, 4096), Bytes(0));

        AssertRejected(e, 3, "bio 1 [16384, 20480) lies outside its write [0, 16384) (write on line 1)");
    }

    [Fact]
    public void A_bio_that_runs_past_the_end_of_its_write_is_rejected_at_its_length()
    {
        var e = Traces.Reject(Write(4096, 8192, 0), Submit(0, 4096, 12288), Bytes(0));

        AssertRejected(e, 2, "lies outside its write [4096, 12288)", column: Col(Submit(0, 4096, 12288), "12288"));
    }

    [Fact]
    public void A_bio_below_the_offset_of_its_write_is_rejected()
    {
        var e = Traces.Reject(Write(4096, 8192, 0), Submit(0, 0, 4096), Bytes(0));

        AssertRejected(e, 2, "bio 0 [0, 4096) lies outside its write [4096, 12288)", column: Col(Submit(0, 0, 4096), "\"offset\":0") + 9);
    }

    [Fact]
    public void A_gap_between_bios_is_rejected_at_the_bio_above_the_gap()
    {
        var e = Traces.Reject(Write(0, 65536, 0), Submit(0, 0, 16384), Submit(1, 32768, 16384), Ok(0), Ok(1), Bytes(16384));

        AssertRejected(e, 3, "bio 1 starts at 32768 but the bios below it end at 16384: gap [16384, 32768)", column: Col(Submit(1, 32768, 16384), "32768"));
        Assert.Contains("found at the return on line 6", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bios_that_do_not_start_at_the_offset_of_their_write_leave_a_gap()
    {
        var e = Traces.Reject(Write(0, 65536, 0), Submit(0, 4096, 4096), Ok(0), Bytes(0));

        AssertRejected(e, 2, "bio 0 starts at 4096 but its write starts at 0: gap [0, 4096)");
    }

    [Fact]
    public void Bios_submitted_out_of_order_that_tile_the_write_are_accepted()
    {
        var a = Traces.Single(
            Write(0, 49152, 0), Submit(2, 32768, 16384), Ok(2), Submit(0, 0, 16384), Submit(1, 16384, 16384), Ok(0), Eio(1), Bytes(16384));

        Assert.Equal(16384, a.Prefix);
        Assert.Equal(49152, a.Cut);
        Assert.True(a.Conforms);
    }

    [Theory]
    [InlineData("""{"event":"write","offset":-1,"length":4096,"fileSize":0}""", "-1", "\"offset\" must not be negative (got -1)")]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":-4096}""", "-4096", "\"fileSize\" must not be negative")]
    [InlineData("""{"event":"write","offset":0,"length":-0.5,"fileSize":0}""", "-0.5", "\"length\" must be an integer (got -0.5)")]
    [InlineData("""{"event":"write","offset":9223372036854775808,"length":1,"fileSize":0}""", "9223", "\"offset\" = 9223372036854775808 does not fit in a 64-bit signed integer")]
    [InlineData("""{"event":"write","offset":-99999999999999999999,"length":1,"fileSize":0}""", "-9", "\"offset\" must not be negative (got -99999999999999999999)")]
    [InlineData("""{"event":"write","offset":1e3,"length":1,"fileSize":0}""", "1e3", "\"offset\" must be an integer (got 1e3)")]
    [InlineData("""{"event":"write","offset":9223372036854775807,"length":1,"fileSize":0}""", "1,", "offset + length = 9223372036854775807 + 1 overflows a 64-bit signed integer")]
    public void Negative_fractional_and_overflowing_numbers_are_rejected_at_their_column(string line, string at, string reason)
    {
        AssertRejected(Traces.Reject(line, Bytes(0)), 1, reason, Col(line, at));
    }

    [Fact]
    public void A_bio_whose_end_overflows_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Submit(0, 4611686018427387904, 4611686018427387904), Bytes(0));

        AssertRejected(e, 2, "bio 0: offset + length = 4611686018427387904 + 4611686018427387904 overflows");
    }

    [Fact]
    public void Negative_count_returned_is_rejected()
    {
        AssertRejected(Traces.Reject(Write(0, 4096, 0), Bytes(-5)), 2, "\"bytes\" must not be negative (got -5)");
    }

    [Fact]
    public void Negative_size_is_rejected()
    {
        AssertRejected(Traces.Reject(Write(0, 4096, 0), Bytes(0), Size(-1)), 3, "\"value\" must not be negative");
    }

    [Theory]
    [InlineData("EIO")]
    [InlineData("failed")]
    [InlineData("OK")]
    [InlineData("")]
    public void An_unknown_status_is_rejected(string status)
    {
        var line = $$"""{"event":"complete","bio":0,"status":"{{status}}"}""";
        var e = Traces.Reject(Write(0, 4096, 0), Submit(0, 0, 4096), line, Bytes(0));

        AssertRejected(e, 3, $"unknown status \"{status}\" (expected \"ok\" or \"eio\")", column: Col(line, "\"status\":") + 9);
    }

    [Fact]
    public void An_unknown_event_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), """{"event":"flush"}""", Bytes(0));

        AssertRejected(e, 2, "unknown event \"flush\"", column: Col("""{"event":"flush"}""", "\"flush"));
    }

    [Fact]
    public void A_write_without_a_return_before_the_next_write_is_rejected()
    {
        var e = Traces.Reject([.. SpecExample[..5], .. SpecExample]);

        AssertRejected(e, 6, "write event before the return of the write on line 1: every write ends with a return");
    }

    [Fact]
    public void A_write_without_a_return_at_the_end_of_the_file_is_rejected()
    {
        var e = Traces.Reject([.. SpecExample, .. SpecExample[..5]]);

        AssertRejected(e, 12, "the file ends before the return of the write on line 8");
    }

    [Fact]
    public void A_second_return_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Bytes(0), Error("ENOSPC"));

        AssertRejected(e, 3, "second return for the write on line 1 (first return on line 2)");
    }

    [Fact]
    public void A_completion_after_the_return_is_rejected_not_counted()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Submit(0, 0, 4096), Bytes(4096), Ok(0));

        AssertRejected(e, 4, "complete of bio 0 after the return of its write (return on line 3)");
    }

    [Fact]
    public void A_submit_after_the_return_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Bytes(0), Submit(0, 0, 4096));

        AssertRejected(e, 3, "submit of bio 0 after the return of its write");
    }

    [Fact]
    public void A_size_before_the_return_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Size(0), Bytes(0));

        AssertRejected(e, 2, "size before the return of its write (write on line 1)");
    }

    [Fact]
    public void A_second_size_is_rejected()
    {
        var e = Traces.Reject(Write(0, 4096, 0), Bytes(0), Size(0), Size(0));

        AssertRejected(e, 4, "second size for the write on line 1 (first size on line 3)");
    }

    [Fact]
    public void Events_before_the_first_write_are_rejected()
    {
        AssertRejected(Traces.Reject(Submit(0, 0, 4096), Write(0, 4096, 0)), 1, "submit before any write event");
        AssertRejected(Traces.Reject(Bytes(0)), 1, "return before any write event");
        AssertRejected(Traces.Reject(Size(0)), 1, "size before any write event");
    }

    [Fact]
    public void An_empty_trace_is_rejected_not_judged_conforming()
    {
        var e = Traces.Reject(Array.Empty<byte>());

        Assert.Equal(0, e.Line);
        Assert.Contains("no write event", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"event\":\"write\",\"offset\":0,\"length\":4096,\"fileSize\":0", "invalid JSON")]
    [InlineData("{\"event\":\"write\" \"offset\":0}", "invalid JSON")]
    [InlineData("{\"event\":\"write\",\"offset\":0,\"length\":4096,\"fileSize\":0,}", "invalid JSON")]
    [InlineData("{\"event\":\"write\",\"offset\":0,\"length\":4096,\"fileSize\":0} x", "invalid JSON")]
    [InlineData("{\"event\":\"write\",\"offset\":0,\"length\":4096,\"fileSize\":0}{}", "invalid JSON")]
    [InlineData("{\"event\":'write'}", "invalid JSON")]
    [InlineData("{\"event\":\"write\"} // comment", "invalid JSON")]
    [InlineData("[1, 2]", "a trace line must be one JSON object, not an array")]
    [InlineData("\"write\"", "a trace line must be one JSON object, not a string")]
    [InlineData("garbage", "invalid JSON")]
    public void A_syntax_error_is_rejected_with_its_line(string line, string reason)
    {
        var e = Traces.Reject(SpecExample[0], SpecExample[1], line);

        AssertRejected(e, 3, reason);
        Assert.True(e.Column >= 1);
        Assert.DoesNotContain("LineNumber", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_points_at_its_column()
    {
        var e = Traces.Reject("""{"event":"write","offset":0,"length":4096,,"fileSize":0}""");

        AssertRejected(e, 1, "invalid JSON", column: 43);
    }

    [Theory]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":0,"flags":1}""", "\"flags", "unknown field \"flags\"")]
    [InlineData("""{"event":"write","offset":0,"offset":1,"length":4096,"fileSize":0}""", "\"offset\":1", "field \"offset\" appears twice")]
    [InlineData("""{"event":"write","offset":"0","length":4096,"fileSize":0}""", "\"0", "\"offset\" must be a non-negative integer, not a string")]
    [InlineData("""{"event":"write","offset":null,"length":4096,"fileSize":0}""", "null", "\"offset\" must be a non-negative integer, not null")]
    [InlineData("""{"event":"write","offset":[0],"length":4096,"fileSize":0}""", "[", "\"offset\" must be a non-negative integer, not an array")]
    [InlineData("""{"event":1,"offset":0,"length":4096,"fileSize":0}""", "1", "\"event\" must be a string, not a number")]
    [InlineData("""{"event":"write","offset":0,"length":4096}""", "{", "a write event needs \"fileSize\"")]
    [InlineData("""{"offset":0,"length":4096,"fileSize":0}""", "{", "missing field \"event\"")]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":0,"status":"ok"}""", "\"status", "field \"status\" does not belong on a write event")]
    [InlineData("""{"event":"write","offset":0,"length":0,"fileSize":0}""", "0,\"f", "a write's length must be positive")]
    public void A_schema_error_is_rejected_at_its_column(string line, string at, string reason)
    {
        AssertRejected(Traces.Reject(line, Bytes(0)), 1, reason, Col(line, at));
    }

    [Theory]
    [InlineData("""{"event":"return","bytes":0,"error":"EIO"}""", "exactly one of \"bytes\" and \"error\", not both")]
    [InlineData("""{"event":"return"}""", "a return event needs \"bytes\" or \"error\"")]
    [InlineData("""{"event":"return","error":""}""", "\"error\" must name an errno")]
    [InlineData("""{"event":"return","error":5}""", "\"error\" must be a string, not a number")]
    [InlineData("""{"event":"return","bytes":true}""", "\"bytes\" must be a non-negative integer, not a boolean")]
    public void A_return_needs_exactly_one_of_bytes_and_error(string line, string reason)
    {
        AssertRejected(Traces.Reject(Write(0, 4096, 0), line), 2, reason);
    }

    [Fact]
    public void A_bio_of_length_zero_is_rejected()
    {
        AssertRejected(Traces.Reject(Write(0, 4096, 0), Submit(0, 0, 0), Bytes(0)), 2, "bio 0 has length 0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r")]
    public void A_blank_line_is_rejected(string blank)
    {
        var e = Traces.Reject(SpecExample[0], blank, SpecExample[1]);

        AssertRejected(e, 2, "blank line");
    }

    [Fact]
    public void A_blank_line_at_the_end_of_the_file_is_rejected_too()
    {
        var e = Traces.Reject(Encoding.UTF8.GetBytes(string.Join("\n", SpecExample) + "\n\n"));

        AssertRejected(e, 8, "blank line");
    }

    [Fact]
    public void Invalid_utf8_is_rejected_at_its_byte()
    {
        var line = Encoding.UTF8.GetBytes("""{"event":"return","error":"E__"}""");
        line[28] = 0xFF;
        byte[] trace = [.. Encoding.UTF8.GetBytes(Write(0, 4096, 0) + "\n"), .. line, (byte)'\n'];

        AssertRejected(Traces.Reject(trace), 2, "not valid UTF-8", column: 29);
    }

    [Theory]
    [InlineData("""{"event":"complete","bio":0,"status":"\uD800"}""")]
    [InlineData("""{"event":"\uDFFF","bio":0,"status":"ok"}""")]
    [InlineData("""{"event":"complete","bio":0,"\uD800x":"ok"}""")]
    [InlineData("""{"event":"complete","bio":0,"status":"\u00"}""")]
    [InlineData("""{"event":"complete","bio":0,"status":"\x"}""")]
    public void Broken_escapes_are_rejected_as_bad_input(string line)
    {
        var e = Traces.Reject(Write(0, 4096, 0), Submit(0, 0, 4096), line, Bytes(0));

        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_an_error_name_is_rejected_as_bad_input()
    {
        var e = Traces.Reject(Write(0, 4096, 0), """{"event":"return","error":"E\uD800"}""");

        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_rejected_without_buffering_it_whole()
    {
        var limits = new TraceLimits { MaxLineBytes = 1000 };
        var trace = new byte[10_000_000];
        trace.AsSpan().Fill((byte)' ');

        using var source = new JsonlTraceSource(new MemoryStream(trace), Traces.File, limits);
        var e = Assert.Throws<BadInputException>(() => source.TryRead(out _));

        AssertRejected(e, 1, "line longer than 1000 bytes");
        Assert.True(source.BytesRead == 0);
    }

    [Fact]
    public void A_write_with_more_bios_than_the_limit_is_rejected()
    {
        var limits = new TraceLimits { MaxBiosPerWrite = 3 };
        using var source = new JsonlTraceSource(new MemoryStream(Traces.Bytes([.. Submitted(4), Bytes(0)])), Traces.File, limits);

        var e = Assert.Throws<BadInputException>(() => new WriteAssembler(source, limits).TryRead(out _));

        AssertRejected(e, 5, "submits more than 3 bios");
    }

    [Fact]
    public void A_malformed_line_after_conforming_writes_aborts_the_report_without_a_summary()
    {
        // Traces.Reject asserts the report got Abort and no summary.
        var e = Traces.Reject([.. SpecExample, .. SpecExample, "{"]);

        Assert.Equal(15, e.Line);
    }
}
