using System.Diagnostics;
using DioVerify.Audit.Traces;
using DioVerify.Engine.Properties;
using Xunit.Abstractions;

namespace DioVerify.Audit.Tests;

/// <summary>Heap measurements are process-wide: these tests run alone, not beside other test classes.</summary>
[CollectionDefinition(nameof(LargeTraceTests), DisableParallelization = true)]
public class LargeTraceCollection;

[Collection(nameof(LargeTraceTests))]
public class LargeTraceTests(ITestOutputHelper output)
{
    [Fact]
    public void A_200k_write_trace_is_audited_in_bounded_memory()
    {
        const long writes = 200_000;
        long early = 0, late = 0;
        var trace = new GeneratedTraceStream(writes, i =>
        {
            // The reader pulls the trace as it audits, so these run mid-audit: everything still
            // alive then is what the audit holds. It must not grow with the number of writes.
            if (i == 20_000) early = GC.GetTotalMemory(forceFullCollection: true);
            if (i == 180_000) late = GC.GetTotalMemory(forceFullCollection: true);
        });
        var json = new CountingStream();
        var clock = Stopwatch.StartNew();

        using var source = new JsonlTraceSource(trace, "generated.jsonl");
        var summary = TraceAudit.Run(source, new JsonAuditReportWriter(json));

        clock.Stop();
        output.WriteLine($"{writes} writes, {trace.BytesProduced / 1e6:F1} MB in, {json.Count / 1e6:F1} MB out, {clock.Elapsed.TotalSeconds:F2} s; heap {early / 1024} KiB at write 20000, {late / 1024} KiB at write 180000");
        Assert.Equal(writes, summary.Writes);
        Assert.Equal(GeneratedTraceStream.ViolatingIn(writes), summary.Violating);
        Assert.Equal(writes / 4, summary[PropertyId.P3].Undecided);
        Assert.Equal(trace.BytesProduced, summary.Bytes);
        Assert.InRange(late - early, long.MinValue, 1 << 20);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}"); // a guard against a hang, not a benchmark
    }

    [Fact]
    public void A_200k_write_trace_with_a_violations_only_text_report_prints_only_what_is_asked()
    {
        var text = new StringWriter();
        var options = new AuditOptions { WriteLines = WriteLineFilter.Violations, MaxWriteLines = 10 };

        using var source = new JsonlTraceSource(new GeneratedTraceStream(200_000), "generated.jsonl");
        var summary = TraceAudit.Run(source, new TextAuditReportWriter(text, options));

        var lines = text.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(13, lines.Length); // header, 10 violations, the "more not shown" line, summary
        Assert.Equal($"… {summary.Violating - 10} more write line(s) not shown (at most 10 are printed)", lines[11]);
        Assert.Equal(1, summary.ExitCode);
    }

    private sealed class CountingStream : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
