using System.Text;
using System.Text.Json;
using DioVerify.Engine.Schedules;

namespace DioVerify.Reporting;

/// <summary>
/// The shared shape of the JSON reports: <c>{"format": "dioverify-COMMAND/1", "results": [...]}</c>, with schedules
/// embedded as schedule v1. The format names the command and its version, as in every JSON envelope DioVerify writes.
/// </summary>
public static class ResultsJson
{
    public static string Write<T>(string format, IEnumerable<T> results, Action<Utf8JsonWriter, T> writeResult)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", format);
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                json.WriteStartObject();
                writeResult(json, result);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes one JSON document to a string: the envelope's fields are up to <paramref name="write"/>.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A schedule (or null) as the value of <paramref name="name"/>, exactly as a schedule file holds it.</summary>
    public static void WriteSchedule(Utf8JsonWriter json, string name, Schedule? schedule)
    {
        json.WritePropertyName(name);
        if (schedule is null)
        {
            json.WriteNullValue();
            return;
        }

        using var document = JsonDocument.Parse(ScheduleWriter.Write(schedule));
        document.WriteTo(json);
    }
}
