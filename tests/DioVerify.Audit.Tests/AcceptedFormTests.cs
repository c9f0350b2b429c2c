using System.Text;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

public class AcceptedFormTests
{
    [Fact]
    public void Fields_may_come_in_any_order_and_with_whitespace()
    {
        var a = Traces.Single(
            """ { "fileSize" : 0 , "length" : 4096 , "offset" : 0 , "event" : "write" } """,
            """{"length":4096,"bio":0,"event":"submit","offset":0}""",
            """{"status":"ok","event":"complete","bio":0}""",
            """{"bytes":4096,"event":"return"}""",
            """{"value":4096,"event":"size"}""");

        Assert.Equal(4096, a.Prefix);
        Assert.True(a.Conforms);
    }

    [Fact]
    public void Escaped_names_and_values_mean_what_they_spell()
    {
        var a = Traces.Single(Write(0, 4096, 0), Submit(0, 0, 4096), """{"event":"compl\u0065te","bio":0,"st\u0061tus":"ok"}""", Bytes(4096));

        Assert.True(a.Conforms);
    }

    [Fact]
    public void Crlf_line_endings_a_byte_order_mark_and_a_missing_final_line_break_are_accepted()
    {
        var text = "\uFEFF" + string.Join("\r\n", SpecExample);

        var (writes, _) = Traces.Audit(Encoding.UTF8.GetBytes(text));

        Assert.True(Assert.Single(writes).Conforms);
    }

    [Fact]
    public void Bio_ids_are_any_distinct_non_negative_integers_and_scoped_to_their_write()
    {
        var (writes, _) = Traces.Audit(
            Write(0, 8192, 0), Submit(9000000000, 0, 4096), Submit(7, 4096, 4096), Ok(7), Ok(9000000000), Bytes(8192),
            Write(8192, 4096, 8192), Submit(7, 8192, 4096), Ok(7), Bytes(4096));

        Assert.All(writes, w => Assert.True(w.Conforms));
    }

    [Fact]
    public void Submits_may_follow_completions_of_other_bios()
    {
        var a = Traces.Single(Write(0, 8192, 0), Submit(0, 0, 4096), Ok(0), Submit(1, 4096, 4096), Ok(1), Bytes(8192));

        Assert.Equal(8192, a.Prefix);
    }

    [Fact]
    public void Unknown_errno_names_are_accepted_and_judged_by_P7()
    {
        var a = Traces.Single(Write(0, 4096, 0), Submit(0, 0, 4096), Eio(0), Error("EREMOTEIO"));

        Assert.False(a.Conforms);
        Assert.Equal("EREMOTEIO", a.Returned.Error);
    }

    [Fact]
    public void A_write_with_100k_bios_submitted_top_down_is_read_quickly_and_the_next_write_starts_clean()
    {
        const int count = 100_000;
        var lines = new List<string> { Write(0, count * 512L, 0) };
        // Submitted from the top down, each completed at once: the slow path of the overlap check.
        for (var i = count - 1; i >= 0; i--)
        {
            lines.Add(Submit(i, i * 512L, 512));
            lines.Add(i == 70_000 ? Eio(i) : Ok(i));
        }
        lines.AddRange([Bytes(70_000 * 512L), Size(70_000 * 512L), .. SpecExample]);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (writes, summary) = Traces.Audit([.. lines]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");

        Assert.Equal(2, writes.Count);
        Assert.Equal(count, writes[0].BioCount);
        Assert.Equal(70_000 * 512L, writes[0].Prefix);
        Assert.True(writes[0].Conforms);
        Assert.Equal(2, writes[1].BioCount);
        Assert.Equal(0, summary.Violating);
    }
}
