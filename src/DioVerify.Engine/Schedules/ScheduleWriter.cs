using System.Text;
using System.Text.Json;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Schedules;

/// <summary>Writes schedule v1 in the compact, hand-editable layout SPEC shows (one line per field).</summary>
public static class ScheduleWriter
{
    public static string Write(Schedule s)
    {
        var r = s.Request;
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(Schedule.Version).Append(",\n");
        if (s.ProducedBy is { } by) text.Append("  \"producedBy\": ").Append(Quote(by)).Append(",\n");
        if (s.Policy is { } policy) text.Append("  \"policy\": ").Append(Quote(policy)).Append(",\n");
        if (s.Property is { } property) text.Append("  \"property\": ").Append(Quote(property.ToString())).Append(",\n");
        text.Append($"  \"request\": {{ \"offset\": {r.Offset}, \"length\": {r.Length}, \"fileSize\": {r.FileSize}, ")
            .Append($"\"blockSize\": {r.BlockSize}, \"sectorSize\": {r.SectorSize}, \"maxBioBytes\": {r.MaxBioBytes} }},\n");
        if (s.FreeBlocks is { } free) text.Append("  \"freeBlocks\": ").Append(free).Append(",\n");
        text.Append("  \"outcomes\": [").AppendJoin(", ", s.Outcomes.Select(o => o == BioStatus.Ok ? "\"ok\"" : "\"eio\"")).Append("],\n");
        text.Append("  \"arrival\": [").AppendJoin(", ", s.Arrival).Append(']');
        if (s.AlternateArrival is { } alt) text.Append(",\n  \"alternateArrival\": [").AppendJoin(", ", alt).Append(']');
        return text.Append("\n}\n").ToString();
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
