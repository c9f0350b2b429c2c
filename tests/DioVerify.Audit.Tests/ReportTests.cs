using System.Text;
using System.Text.Json;
using DioVerify.Audit.Traces;
using DioVerify.Engine.Input;
using static DioVerify.Audit.Tests.Ev;

namespace DioVerify.Audit.Tests;

public class ReportTests
{
    private static (string Output, AuditSummary? Summary, BadInputException? Error) Render(AuditFormat format, string[] lines, AuditOptions? options = null)
    {
        var output = new MemoryStream();
        using var source = new JsonlTraceSource(new MemoryStream(Traces.Bytes(lines)), Traces.File);
        try
        {
            var summary = RunInto(source, output, format, options);
            return (Encoding.UTF8.GetString(output.ToArray()), summary, null);
        }
        catch (BadInputException e)
        {
            return (Encoding.UTF8.GetString(output.ToArray()), null, e);
        }
    }

    /// <summary>Renders into a byte stream as the CLI does: JSON straight to it, text through a UTF-8 writer.</summary>
    private static AuditSummary RunInto(ITraceEventSource source, Stream output, AuditFormat format, AuditOptions? options = null)
    {
        if (format == AuditFormat.Json) return TraceAudit.Run(source, new JsonAuditReportWriter(output));
        using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        return TraceAudit.Run(source, new TextAuditReportWriter(text, options));
    }

    private static IAuditReportWriter WriterFor(AuditFormat format, TextWriter output) =>
        format == AuditFormat.Json ? new JsonAuditReportWriter(output) : new TextAuditReportWriter(output);

    [Fact]
    public void Json_report_of_the_spec_example_has_the_documented_shape()
    {
        var (json, summary, _) = Render(AuditFormat.Json, SpecExample);

        using var doc = JsonDocument.Parse(json);
        var write = Assert.Single(doc.RootElement.GetProperty("writes").EnumerateArray());
        Assert.Equal(0, write.GetProperty("index").GetInt64());
        Assert.Equal(1, write.GetProperty("line").GetInt64());
        Assert.Equal(0, write.GetProperty("prefix").GetInt64());
        Assert.Equal("EIO", write.GetProperty("returned").GetProperty("error").GetString());
        Assert.Single(write.GetProperty("returned").EnumerateObject());
        Assert.Equal(32768, write.GetProperty("cut").GetInt64());
        Assert.Equal(0, write.GetProperty("inFlight").GetInt64());
        var properties = write.GetProperty("properties");
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.True, properties.GetProperty("P1").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("P5").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("P6").ValueKind);
        Assert.True(write.GetProperty("conforms").GetBoolean());
        Assert.Empty(write.GetProperty("violations").EnumerateArray());

        var s = doc.RootElement.GetProperty("summary");
        Assert.Equal(1, s.GetProperty("writes").GetInt64());
        Assert.Equal(1, s.GetProperty("conforming").GetInt64());
        Assert.Equal(0, s.GetProperty("violating").GetInt64());
        Assert.Equal(1, s.GetProperty("properties").GetProperty("P5").GetProperty("undecided").GetInt64());
        Assert.Contains("block geometry", s.GetProperty("notes").GetProperty("P5").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, s.GetProperty("exitCode").GetInt32());
        Assert.Equal(0, summary!.ExitCode);
    }

    [Fact]
    public void Json_report_gives_a_count_as_bytes_and_names_violations()
    {
        var (json, summary, _) = Render(AuditFormat.Json, [.. Submitted(2), Eio(0), Ok(1), Bytes(16384), Size(0)]);

        using var doc = JsonDocument.Parse(json);
        var write = doc.RootElement.GetProperty("writes")[0];
        Assert.Equal(16384, write.GetProperty("returned").GetProperty("bytes").GetInt64());
        Assert.False(write.GetProperty("properties").GetProperty("P1").GetBoolean());
        Assert.Equal(["P1"], write.GetProperty("violations").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        Assert.Equal(1, summary!.ExitCode);
    }

    [Fact]
    public void Json_report_of_an_undecided_prefix_gives_its_range_and_why()
    {
        var (json, _, _) = Render(AuditFormat.Json, [.. Submitted(4), Ok(0), Ok(1), Ok(2), Bytes(65536)]);

        using var doc = JsonDocument.Parse(json);
        var write = doc.RootElement.GetProperty("writes")[0];
        Assert.Equal(JsonValueKind.Null, write.GetProperty("prefix").ValueKind);
        Assert.Equal(49152, write.GetProperty("prefixRange").GetProperty("min").GetInt64());
        Assert.Equal(65536, write.GetProperty("prefixRange").GetProperty("max").GetInt64());
        Assert.Equal(JsonValueKind.Null, write.GetProperty("properties").GetProperty("P1").ValueKind);
        Assert.Equal(JsonValueKind.Null, write.GetProperty("size").ValueKind);
        Assert.Contains(write.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("P4: no size event", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_report_streams_one_write_per_line()
    {
        var (json, _, _) = Render(AuditFormat.Json, [.. SpecExample, .. SpecExample, .. SpecExample]);

        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("{\"writes\": [", lines[0]);
        Assert.All(lines[1..4], l => Assert.StartsWith("{\"index\":", l, StringComparison.Ordinal));
        Assert.Equal(["{\"index\":0", "{\"index\":1", "{\"index\":2"], lines[1..4].Select(l => l[..10]));
    }

    [Fact]
    public void Json_report_of_a_trace_malformed_midway_ends_with_the_error_and_no_summary()
    {
        var (json, summary, error) = Render(AuditFormat.Json, [.. SpecExample, Write(0, 4096, 0), Ok(3)]);

        Assert.Null(summary);
        Assert.NotNull(error);
        using var doc = JsonDocument.Parse(json); // still a complete JSON document
        Assert.False(doc.RootElement.TryGetProperty("summary", out _));
        Assert.Single(doc.RootElement.GetProperty("writes").EnumerateArray());
        var e = doc.RootElement.GetProperty("error");
        Assert.Equal(9, e.GetProperty("line").GetInt64());
        Assert.Equal(Traces.File, e.GetProperty("file").GetString());
        Assert.Contains("completion of bio 3", e.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(65, e.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void Json_report_of_a_trace_malformed_on_its_first_line_is_still_a_document()
    {
        var (json, _, error) = Render(AuditFormat.Json, ["nope"]);

        Assert.Equal(1, error!.Line);
        using var doc = JsonDocument.Parse(json);
        Assert.Empty(doc.RootElement.GetProperty("writes").EnumerateArray());
        Assert.Equal(1, doc.RootElement.GetProperty("error").GetProperty("line").GetInt64());
    }

    [Fact]
    public void Text_report_has_one_line_per_write_with_a_symbol_per_property_and_a_summary()
    {
        var (text, _, _) = Render(AuditFormat.Text, [.. SpecExample, .. Submitted(2), Eio(0), Ok(1), Bytes(16384), Size(0), .. Submitted(2), Ok(0), Bytes(32768)]);

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"audit of {Traces.File}", lines[0], StringComparison.Ordinal);
        Assert.Equal("write #0 line 1: [0, 65536) isize 0 cut 32768 R=EIO P=0 size 0 | P1 ✓ P2 ✓ P3 ✓ P4 ✓ P5 ? P6 ? P7 ✓ | conforms", lines[1]);
        Assert.Equal("write #1 line 8: [0, 32768) isize 0 cut 32768 R=16384 P=0 size 0 | P1 ✗ P2 ✓ P3 ✓ P4 ✓ P5 ? P6 ? P7 ✓ | VIOLATES P1", lines[2]);
        Assert.StartsWith("write #2 line 15: [0, 32768) isize 0 cut 32768 R=32768 P=16384..32768 (1 in flight) | P1 ? P2 ✓ P3 ? P4 ? P5 ? P6 ? P7 ✓ | conforms as far as decidable (P1: depends", lines[3]);
        Assert.Equal("summary: 3 write(s), 2 conform (1 with undecided properties), 1 violate | P1 ✓1 ✗1 ?1 | P2 ✓3 ✗0 ?0 | P3 ✓2 ✗0 ?1 | P4 ✓2 ✗0 ?1 | P5 ✓0 ✗0 ?3 | P6 ✓0 ✗0 ?3 | P7 ✓3 ✗0 ?0", lines[4]);
    }

    [Fact]
    public void Text_report_can_list_only_violating_writes_and_cap_the_lines_but_always_summarizes()
    {
        string[] violating = [.. Submitted(2), Eio(0), Ok(1), Bytes(16384), Size(0)];
        string[] trace = [.. SpecExample, .. violating, .. violating, .. SpecExample, .. violating];

        var (text, _, _) = Render(AuditFormat.Text, trace, new AuditOptions { WriteLines = WriteLineFilter.Violations, MaxWriteLines = 2 });

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("write #1 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("write #2 ", lines[2], StringComparison.Ordinal);
        Assert.Equal("… 1 more write line(s) not shown (at most 2 are printed)", lines[3]);
        Assert.StartsWith("summary: 5 write(s), 2 conform, 3 violate", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_report_without_write_lines_is_header_and_summary()
    {
        var (text, _, _) = Render(AuditFormat.Text, [.. SpecExample, .. SpecExample], new AuditOptions { WriteLines = WriteLineFilter.None });

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("summary: 2 write(s), 2 conform, 0 violate", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_report_of_a_malformed_trace_gives_no_verdict()
    {
        var (text, summary, error) = Render(AuditFormat.Text, [.. SpecExample, "{"]);

        Assert.Null(summary);
        Assert.Equal(8, error!.Line);
        Assert.DoesNotContain("summary", text, StringComparison.Ordinal);
        Assert.EndsWith($"malformed trace, no verdict: {Traces.File}:8:2: invalid JSON: {error.Reason["invalid JSON: ".Length..]}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_on_a_file_path_gives_the_same_report_through_a_stream_or_a_text_writer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dioverify-audit-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, Traces.Bytes([.. SpecExample, .. SpecExample]));
        try
        {
            foreach (var format in new[] { AuditFormat.Json, AuditFormat.Text })
            {
                var stream = new MemoryStream();
                AuditSummary viaStream, viaWriter;
                using (var source = JsonlTraceSource.Open(path)) viaStream = RunInto(source, stream, format);
                var writer = new StringWriter();
                using (var source = JsonlTraceSource.Open(path)) viaWriter = TraceAudit.Run(source, WriterFor(format, writer));

                Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()), writer.ToString());
                Assert.Equal(2, viaStream.Writes);
                Assert.Equal(viaStream.ExitCode, viaWriter.ExitCode);
                Assert.Equal(path, viaStream.File);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_on_a_missing_file_is_bad_input_not_a_crash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dioverify-missing-{Guid.NewGuid():N}.jsonl");

        var e = Assert.Throws<BadInputException>(() => JsonlTraceSource.Open(path));

        Assert.Equal(path, e.File);
        Assert.Equal(0, e.Line);
        Assert.Contains("cannot read the trace", e.Reason, StringComparison.Ordinal);
    }
}
