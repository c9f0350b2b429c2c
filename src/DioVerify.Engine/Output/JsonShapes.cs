using System.Text.Json;
using DioVerify.Engine.Model;

namespace DioVerify.Engine.Output;

/// <summary>JSON shapes every report writes alike: a list of strings, and a write's return value.</summary>
public static class JsonShapes
{
    /// <summary><c>"name": ["…", …]</c>.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    /// <summary><c>{"bytes": N}</c> or <c>{"error": "EIO"}</c>: the kernel's ssize_t, told apart, as <c>audit trace</c> writes it.</summary>
    public static void WriteReturned(this Utf8JsonWriter json, long returned)
    {
        json.WriteStartObject();
        if (returned >= 0) json.WriteNumber("bytes", returned);
        else json.WriteString("error", Errno.Name(-returned));
        json.WriteEndObject();
    }

    /// <summary><c>"name": {"bytes": N}</c> or <c>"name": {"error": "EIO"}</c>.</summary>
    public static void WriteReturned(this Utf8JsonWriter json, string name, long returned)
    {
        json.WritePropertyName(name);
        json.WriteReturned(returned);
    }
}
