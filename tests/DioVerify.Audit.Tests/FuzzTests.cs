using System.Diagnostics;
using System.Text;
using DioVerify.Audit.Tests.Fuzz;
using DioVerify.Audit.Traces;
using DioVerify.Engine.Input;
using Xunit.Abstractions;

namespace DioVerify.Audit.Tests;

public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20100603;

    /// <summary>What the reader and auditor made of a trace: the error line, or each write's verdicts.</summary>
    private static (long? ErrorLine, List<bool?[]> Verdicts) RunAudit(byte[] trace)
    {
        var report = new JsonAuditReportWriter(Stream.Null);
        var verdicts = new List<bool?[]>();
        using var source = new JsonlTraceSource(new MemoryStream(trace), "fuzz.jsonl");
        var writes = new WriteAssembler(source);
        try
        {
            while (writes.TryRead(out var write))
            {
                var audit = WriteAuditor.Audit(write);
                report.Write(audit); // the renderer must cope with whatever the auditor produced
                verdicts.Add([.. PropertyVerdicts.All.Select(id => audit.Verdicts[id])]);
            }
            return (null, verdicts);
        }
        catch (BadInputException e)
        {
            Assert.Equal("fuzz.jsonl", e.File);
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            Assert.InRange(e.Line, 0, trace.Count(b => b == (byte)'\n') + 1);
            return (e.Line, []);
        }
    }

    /// <summary>Asserts the streaming audit agrees with the naive reference checker on acceptance, error line and verdicts.</summary>
    private static void AssertAgrees(byte[] trace, string what)
    {
        var actual = RunAudit(trace);
        var expected = ReferenceChecker.Check(trace);
        var context = $"{what}\n--- trace ---\n{Encoding.UTF8.GetString(trace)}";

        Assert.True(expected.ErrorLine == actual.ErrorLine,
            $"reference says error at line {expected.ErrorLine?.ToString() ?? "none"}, audit says {actual.ErrorLine?.ToString() ?? "none"}\n{context}");
        if (expected.ErrorLine is not null) return;

        Assert.Equal(expected.Verdicts.Count, actual.Verdicts.Count);
        for (var i = 0; i < actual.Verdicts.Count; i++)
        {
            if (expected.Verdicts[i] is not { } reference) continue;
            Assert.True(reference.SequenceEqual(actual.Verdicts[i]),
                $"write {i}: reference [{string.Join(",", reference)}] audit [{string.Join(",", actual.Verdicts[i])}]\n{context}");
        }
    }

    [Fact]
    public void Generated_valid_traces_are_accepted_and_judged_as_the_brute_force_reference_judges_them()
    {
        var rng = new Random(Seed);
        var generator = new TraceGenerator(rng);
        for (var n = 0; n < 3000; n++)
        {
            var trace = TLine.Join(generator.Trace(rng.Next(1, 4)), finalNewline: rng.Next(10) != 0);
            Assert.Null(RunAudit(trace).ErrorLine);
            AssertAgrees(trace, $"valid trace #{n}");
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Mutated_traces_never_crash_or_hang_and_breaking_mutations_are_always_rejected()
    {
        await Task.Run(() =>
        {
            var rng = new Random(Seed + 1);
            var generator = new TraceGenerator(rng);
            var mutator = new TraceMutator(rng);
            var breaking = mutator.Breaking;
            var arbitrary = mutator.Arbitrary;
            var applied = new Dictionary<string, int>();
            int cases = 0, rejected = 0, acceptedArbitrary = 0;
            var clock = Stopwatch.StartNew();

            while (cases < 12_000)
            {
                var lines = generator.Trace(rng.Next(1, 4));
                var isBreaking = rng.Next(10) < 6;
                byte[]? trace;
                string name;
                if (isBreaking)
                {
                    (name, var mutate) = breaking[rng.Next(breaking.Count)];
                    trace = mutate(lines);
                }
                else
                {
                    // One to three arbitrary mutations stacked.
                    name = "";
                    trace = null;
                    for (var k = rng.Next(1, 4); k > 0; k--)
                    {
                        var (n, mutate) = arbitrary[rng.Next(arbitrary.Count)];
                        var next = mutate(lines);
                        if (next is null) continue;
                        trace = next;
                        name += (name.Length > 0 ? " + " : "") + n;
                        // Later mutations work on what the earlier ones produced.
                        lines = Reparse(next);
                    }
                }
                if (trace is null) continue; // not applicable to this trace

                cases++;
                foreach (var part in name.Split(" + ")) applied[part] = applied.GetValueOrDefault(part) + 1;
                var (errorLine, _) = RunAudit(trace);
                if (errorLine is not null) rejected++;
                else if (!isBreaking) acceptedArbitrary++;
                else if (isBreaking) Assert.Fail($"breaking mutation \"{name}\" was accepted\n{Encoding.UTF8.GetString(trace)}");
                AssertAgrees(trace, name);
            }

            output.WriteLine($"{cases} mutated traces, {rejected} rejected, {acceptedArbitrary} accepted (verdicts checked), in {clock.ElapsedMilliseconds} ms");
            foreach (var (n, count) in applied.OrderBy(p => p.Key)) output.WriteLine($"  {count,5}  {n}");
            foreach (var (n, _) in breaking) Assert.True(applied.GetValueOrDefault(n) >= 100, $"breaking mutation \"{n}\" ran only {applied.GetValueOrDefault(n)} times");
            Assert.True(rejected >= 7_000, $"only {rejected} rejected");
            Assert.True(acceptedArbitrary >= 500, $"only {acceptedArbitrary} arbitrary mutations kept the trace valid");
        });
    }

    /// <summary>Splits mutated bytes back into raw lines so another mutation can work on them.</summary>
    private static List<TLine> Reparse(byte[] trace)
    {
        var lines = new List<TLine>();
        var start = 0;
        for (var i = 0; i <= trace.Length; i++)
        {
            if (i < trace.Length && trace[i] != (byte)'\n') continue;
            if (i == trace.Length && start == trace.Length) break;
            lines.Add(Structured(trace[start..i]));
            start = i + 1;
        }
        return lines.Count == 0 ? [new TLine("garbage", 0) { Raw = [] }] : lines;
    }

    /// <summary>A line back as fields when it is a flat JSON object, so field mutations still apply; raw otherwise.</summary>
    private static TLine Structured(byte[] raw)
    {
        if (!System.Text.Unicode.Utf8.IsValid(raw)) return new TLine("garbage", 0) { Raw = raw };
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(raw);
            if (doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                var fields = doc.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToArray();
                var kind = fields.FirstOrDefault(f => f.Name == "event").Item2?.Trim('"') ?? "garbage";
                return new TLine(kind, 0, fields);
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
        }
        return new TLine("garbage", 0) { Raw = raw };
    }
}
