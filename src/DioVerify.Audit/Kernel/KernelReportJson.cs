using DioVerify.Linux.Io;
using System.Text.Json;
using DioVerify.Engine.Output;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The kernel audit as JSON: <c>{"format", "kernel", "results": [{"fs", "scenario", "path", "sectorSize", "returned",
/// "prefix", "fileSize", "blocks", "properties", "expected", "rule", "notes"}], "skipped", "baseline", "summary"}</c>.
/// </summary>
public static class KernelReportJson
{
    public static void Write(KernelReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", "dioverify-audit-kernel/1");
        json.WriteString("kernel", report.Kernel);
        json.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            json.WriteStartObject();
            json.WriteString("fs", o.FileSystem);
            json.WriteString("scenario", o.Scenario.Name);
            json.WriteString("path", o.Path.Format());
            json.WriteNumber("sectorSize", o.SectorSize);
            if (o.Scenario.FileSystems.FirstOrDefault(f => f.Name == o.FileSystem) is { } variant) json.WriteString("fsPath", variant.Label);
            if (o.Driver is { } driver) json.WriteString("driver", driver);
            json.WriteBoolean("dsync", o.Scenario.DSync);
            json.WriteNumber("offset", o.Offset);
            json.WriteNumber("length", o.Length);

            json.WriteReturned("returned", o.Returned);
            json.WriteNumber("prefix", result.Prefix);
            json.WriteNumber("readable", result.Readable);
            json.WriteNumber("sizeBefore", o.SizeBefore);
            json.WriteNumber("fileSize", o.SizeAfter);
            json.WriteNumber("blocks", o.AllocatedBytes / 512);
            json.WriteNumber("blockSize", o.BlockSize);
            json.WriteBoolean("eio", o.DeviceFailed);
            json.WriteNumber("torn", o.DeviceWrites.Count(w => w.TornAt is not null));
            if (o.Extents is { } extents)
            {
                var (written, unwritten) = ExtentMap.Past(extents, ConcreteAlgebra.Instance.RoundUp(o.SizeAfter, o.BlockSize));
                json.WriteStartObject("pastEof");
                json.WriteNumber("written", written);
                json.WriteNumber("unwritten", unwritten);
                json.WriteEndObject();
            }

            json.WriteBoolean("cut", o.Cut);
            json.WriteStartObject("properties");
            foreach (var (id, holds) in result.Properties) json.WriteBoolean(id.ToString(), holds);
            json.WriteEndObject();
            json.WriteBoolean("conforms", result.Conforms);
            json.WriteStartObject("expected");
            foreach (var (id, holds) in result.Expected) json.WriteBoolean(id.ToString(), holds);
            json.WriteEndObject();
            json.WriteBoolean("asExpected", result.AsExpected);
            if (result.Rule is { } rule)
            {
                json.WriteStartObject("rule");
                json.WriteString("name", rule.Rule);
                json.WriteString("file", rule.Source);
                json.WriteNumber("bios", rule.Bios);
                json.WriteNumber("failedBios", rule.FailedBios);
                json.WriteBoolean("cut", rule.Cut);
                json.WriteStartObject("predicted");
                json.WriteReturned("returned", rule.PredictedReturn);
                json.WriteNumber("fileSize", rule.PredictedSize);
                json.WriteNumber("keptEnd", rule.PredictedKeptEnd);
                json.WriteEndObject();
                json.WriteNumber("observedKeptEnd", rule.ObservedKeptEnd);
                json.WriteBoolean("conforms", rule.Conforms);
                json.WriteStrings("differences", rule.Differences);
                json.WriteEndObject();
            }

            json.WriteStrings("notes", result.Notes);
            if (result.Trace is { } trace)
            {
                json.WriteStartObject("trace");
                json.WriteString("file", trace.File);
                json.WriteNumber("writes", trace.Writes);
                if (trace.Audit is { } a)
                {
                    json.WriteNumber("bios", a.BioCount);
                    json.WriteNumber("inFlight", a.InFlight);
                    json.WriteStartObject("properties");
                    foreach (var id in TraceAgreement.Compared)
                    {
                        if (a.Verdicts[id] is { } v) json.WriteBoolean(id.ToString(), v);
                        else json.WriteNull(id.ToString());
                    }
                    json.WriteEndObject();
                }
                json.WriteBoolean("agrees", trace.Agrees);
                if (trace.NotCompared is { } why) json.WriteString("notCompared", why);
                json.WriteStrings("disagreements", trace.Disagreements);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("skipped");
        foreach (var skip in report.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("what", skip.What);
            json.WriteString("reason", skip.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.Baseline is { } baseline)
        {
            json.WriteStartObject("baseline");
            json.WriteString("file", baseline.File);
            json.WriteString("recordedKernel", baseline.RecordedKernel);
            json.WriteNumber("compared", baseline.Compared);
            json.WriteBoolean("asOnRecord", baseline.AsOnRecord);
            json.WriteStrings("differences", baseline.Differences);
            json.WriteEndObject();
        }

        json.WriteStartObject("summary");
        json.WriteNumber("runs", report.Results.Count);
        json.WriteNumber("conforming", report.Results.Count(r => r.Conforms));
        json.WriteBoolean("conforms", report.Conforms);
        json.WriteBoolean("asExpected", report.AsExpected);
        json.WriteNumber("ruleChecked", report.Results.Count(r => r.Rule is not null));
        json.WriteNumber("ruleConforming", report.Results.Count(r => r.Rule?.Conforms == true));
        json.WriteStrings("filesystems", report.FileSystems);
        json.WriteStrings("paths", report.Paths);
        json.WriteStartArray("sectorSizes");
        foreach (var size in report.SectorSizes) json.WriteNumberValue(size);
        json.WriteEndArray();
        if (report.Results.Any(r => r.Trace is not null)) json.WriteBoolean("tracesAgree", report.Results.All(r => r.Trace?.Agrees != false));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
