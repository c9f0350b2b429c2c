using System.Text;
using DioVerify.Audit.Traces;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

/// <summary>
/// The optional fields a recording adds to a write (<c>file</c>, <c>path</c>, <c>incomplete</c>): plain v1 traces
/// read as before, the fields are checked as strictly as the rest, and an incomplete write is never judged.
/// </summary>
public class RecordingFieldsTests
{
    private const string RecordedWrite = """{"event":"write","offset":0,"length":4096,"fileSize":0,"file":"/mnt/f","path":"io_uring"}""";

    [Fact]
    public void A_write_may_name_its_file_and_how_it_was_issued_and_is_judged_as_before()
    {
        var a = Traces.Single(RecordedWrite, Submit(0, 0, 4096), Ok(0), Bytes(4096), Size(4096));

        Assert.True(a.Conforms);
        Assert.Equal("/mnt/f", a.File);
        Assert.Equal("io_uring", a.Path);
        Assert.False(a.Incomplete);
    }

    [Fact]
    public void An_incomplete_write_gets_no_verdict_even_when_its_events_look_like_a_violation()
    {
        // Returned more than the durable prefix: P1 would be violated, but lost events may hide the completion.
        var (writes, summary) = Traces.Audit(
            """{"event":"write","offset":0,"length":8192,"fileSize":0,"incomplete":true}""", Submit(0, 0, 4096), Submit(1, 4096, 4096), Ok(0), Bytes(8192), Size(8192));

        var a = Assert.Single(writes);
        Assert.True(a.Incomplete);
        Assert.False(a.Conforms);
        Assert.False(a.Violates);
        Assert.All(PropertyVerdicts.All, id => Assert.Null(a.Verdicts[id]));
        Assert.Equal(1, summary.Incomplete);
        Assert.Equal(0, summary.Conforming);
        Assert.Equal(2, summary.ExitCode);
    }

    [Fact]
    public void A_violation_elsewhere_still_exits_1_next_to_incomplete_writes()
    {
        var (_, summary) = Traces.Audit(
            """{"event":"write","offset":0,"length":4096,"fileSize":0,"incomplete":true}""", Submit(0, 0, 4096), Ok(0), Bytes(4096),
            Write(4096, 4096, 4096), Submit(0, 4096, 4096), Eio(0), Bytes(4096));

        Assert.Equal(1, summary.Violating);
        Assert.Equal(1, summary.ExitCode);
    }

    [Fact]
    public void Incomplete_false_is_a_complete_write()
    {
        var a = Traces.Single("""{"event":"write","offset":0,"length":4096,"fileSize":0,"incomplete":false}""", Submit(0, 0, 4096), Ok(0), Bytes(4096));

        Assert.True(a.Conforms);
    }

    [Theory]
    [InlineData("""{"event":"submit","bio":0,"offset":0,"length":4096,"file":"/f"}""", "field \"file\" does not belong on a submit event")]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":0,"path":"posix"}""", "unknown path \"posix\"")]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":0,"incomplete":1}""", "\"incomplete\" must be a boolean")]
    [InlineData("""{"event":"write","offset":0,"length":4096,"fileSize":0,"file":7}""", "\"file\" must be a string")]
    public void The_recording_fields_are_checked_strictly(string line, string reason)
    {
        var lines = line.Contains("submit", StringComparison.Ordinal) ? new[] { Write(0, 4096, 0), line, Bytes(0) } : [line, Submit(0, 0, 4096), Bytes(0)];

        Assert.Contains(reason, Traces.Reject(lines).Reason);
    }

    [Fact]
    public void The_text_report_of_a_recording_breaks_down_per_file_and_per_write_size()
    {
        var trace = Traces.Bytes(
            RecordedWrite, Submit(0, 0, 4096), Ok(0), Bytes(4096),
            """{"event":"write","offset":4096,"length":8192,"fileSize":4096,"file":"/mnt/g"}""", Submit(0, 4096, 8192), Eio(0), Bytes(8192));
        using var source = new JsonlTraceSource(new MemoryStream(trace), "t.jsonl");
        var text = new StringWriter();

        TraceAudit.Run(source, new TextAuditReportWriter(text));

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("file /mnt/f: 1 write(s), 1 conform, 0 violate", lines);
        Assert.Contains("file /mnt/g: 1 write(s), 0 conform, 1 violate", lines);
        Assert.Contains("size 4096: 1 write(s), 1 conform, 0 violate", lines);
        Assert.Contains("size 8192: 1 write(s), 0 conform, 1 violate", lines);
        Assert.StartsWith("summary:", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_summary_carries_the_breakdown()
    {
        var trace = Traces.Bytes(RecordedWrite, Submit(0, 0, 4096), Ok(0), Bytes(4096));
        using var source = new JsonlTraceSource(new MemoryStream(trace), "t.jsonl");
        var output = new MemoryStream();

        TraceAudit.Run(source, new JsonAuditReportWriter(output));

        using var doc = System.Text.Json.JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        var summary = doc.RootElement.GetProperty("summary");
        var file = Assert.Single(summary.GetProperty("byFile").EnumerateArray());
        Assert.Equal("/mnt/f", file.GetProperty("file").GetString());
        Assert.Equal(1, file.GetProperty("conforming").GetInt64());
        Assert.Equal(4096, Assert.Single(summary.GetProperty("bySize").EnumerateArray()).GetProperty("length").GetInt64());
        Assert.Equal("io_uring", Assert.Single(doc.RootElement.GetProperty("writes").EnumerateArray()).GetProperty("path").GetString());
    }
}
