using System.Text.Json;
using DioVerify.Engine.Model;

namespace DioVerify.Audit.Kernel;

/// <summary>The kernel audit as JSON: <c>{"kernel", "results": [{"fs", "scenario", "returned", "prefix", "fileSize", "blocks", "properties", "notes"}]}</c>.</summary>
public static class KernelReportJson
{
    public static void Write(KernelReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("kernel", report.Kernel);
        json.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            var o = result.Observation;
            json.WriteStartObject();
            json.WriteString("fs", o.FileSystem);
            json.WriteString("scenario", o.Scenario.Name);
            json.WriteNumber("offset", o.Offset);
            json.WriteNumber("length", o.Length);

            // The same shape as audit trace: {"bytes": n} or {"error": "EIO"}.
            json.WriteStartObject("returned");
            if (o.Returned < 0) json.WriteString("error", Errno.Name(-o.Returned));
            else json.WriteNumber("bytes", o.Returned);
            json.WriteEndObject();
            json.WriteNumber("prefix", result.Prefix);
            json.WriteNumber("readable", result.Readable);
            json.WriteNumber("sizeBefore", o.SizeBefore);
            json.WriteNumber("fileSize", o.SizeAfter);
            json.WriteNumber("blocks", o.AllocatedBytes / 512);
            json.WriteNumber("blockSize", o.BlockSize);
            json.WriteBoolean("eio", o.DeviceFailed);
            json.WriteBoolean("cut", o.Cut);
            json.WriteStartObject("properties");
            foreach (var (id, holds) in result.Properties) json.WriteBoolean(id.ToString(), holds);
            json.WriteEndObject();
            json.WriteBoolean("conforms", result.Conforms);
            json.WriteStartArray("notes");
            foreach (var note in result.Notes) json.WriteStringValue(note);
            json.WriteEndArray();
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
                json.WriteStartArray("disagreements");
                foreach (var d in trace.Disagreements) json.WriteStringValue(d);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("runs", report.Results.Count);
        json.WriteNumber("conforming", report.Results.Count(r => r.Conforms));
        json.WriteBoolean("conforms", report.Conforms);
        if (report.Results.Any(r => r.Trace is not null)) json.WriteBoolean("tracesAgree", report.Results.All(r => r.Trace?.Agrees != false));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
