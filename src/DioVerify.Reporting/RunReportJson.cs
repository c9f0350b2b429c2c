using System.Text.Json;
using DioVerify.Engine.Model;
using DioVerify.Engine.Output;
using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>A replayed run as JSON: <c>policy</c>, <c>returned</c>, <c>prefix</c>, <c>fileSize</c>, <c>properties</c> and more.</summary>
public static class RunReportJson
{
    public static void Write(Utf8JsonWriter json, RunReport run)
    {
        var g = run.Geometry;
        json.WriteStartObject();
        json.WriteString("policy", run.Policy.Name);
        json.WriteReturned("returned", run.Returned);
        json.WriteNumber("prefix", run.Prefix);
        json.WriteNumber("fileSize", run.Outcome.NewSize);
        json.WriteNumber("bios", run.Layout.Count);
        json.WriteNumber("cut", g.Cut);
        json.WriteStartObject("keptBlocks");
        json.WriteNumber("start", g.FirstNewBlock);
        json.WriteNumber("end", Math.Max(g.FirstNewBlock, run.Outcome.KeptEnd));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        foreach (var (property, holds) in run.Verdicts)
        {
            if (holds is { } value) json.WriteBoolean(property.ToString(), value);
            else json.WriteNull(property.ToString());
        }

        json.WriteEndObject();
        json.WriteString("orderIndependence", run.OrderIndependenceNote);
        json.WriteString("orderIndependenceBasis", run.OrderBasis switch
        {
            OrderIndependenceBasis.DifferingOrder => "differing-order",
            OrderIndependenceBasis.Exhaustive => "every-order",
            OrderIndependenceBasis.Proved => "proved",
            _ => "sampled",
        });
        json.WriteEndObject();
    }
}
