using System.Buffers;
using System.Text;
using System.Text.Json;
using DioVerify.Engine.Input;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Streams the JSON report <c>{"writes": [...], "summary": {...}}</c>: each write is serialized as soon
/// as it is audited, one per line, so the output of a huge trace never sits in memory. A malformed
/// trace ends the document with <c>"error"</c> in place of <c>"summary"</c>.
/// </summary>
public sealed class JsonAuditReportWriter : IAuditReportWriter
{
    private const int DrainBytes = 32 * 1024;

    private static readonly JsonEncodedText[] PropertyNames =
        [default, .. PropertyVerdicts.Ids.Select(id => JsonEncodedText.Encode(id.ToString()))];

    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly ArrayBufferWriter<byte> _buffer = new(DrainBytes * 2);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = [];
    private bool _first = true;

    public JsonAuditReportWriter(Stream output)
    {
        _stream = output;
        _json = new Utf8JsonWriter(_buffer);
    }

    public JsonAuditReportWriter(TextWriter output)
    {
        _text = output;
        _json = new Utf8JsonWriter(_buffer);
    }

    public void Begin(string file) => _buffer.Write("{\"writes\": ["u8);

    public void Write(WriteAudit a)
    {
        // The document's frame is written by hand so each write can sit on its own line; each write
        // object is a separate fragment for the (reset) JSON writer.
        _buffer.Write(_first ? "\n"u8 : ",\n"u8);
        _first = false;
        _json.Reset(_buffer);

        _json.WriteStartObject();
        _json.WriteNumber("index"u8, a.Index);
        _json.WriteNumber("line"u8, a.Line);
        _json.WriteNumber("offset"u8, a.Offset);
        _json.WriteNumber("length"u8, a.Length);
        _json.WriteNumber("fileSize"u8, a.FileSize);
        _json.WriteNumber("bios"u8, a.BioCount);
        _json.WriteNumber("cut"u8, a.Cut);
        _json.WriteBoolean("cutShort"u8, a.IsCut);
        WriteVerdict("eio"u8, a.Eio);
        _json.WriteNumber("inFlight"u8, a.InFlight);
        if (a.Prefix is { } prefix)
        {
            _json.WriteNumber("prefix"u8, prefix);
        }
        else
        {
            _json.WriteNull("prefix"u8);
            _json.WriteStartObject("prefixRange"u8);
            _json.WriteNumber("min"u8, a.PrefixMin);
            _json.WriteNumber("max"u8, a.PrefixMax);
            _json.WriteEndObject();
        }

        _json.WriteStartObject("returned"u8);
        if (a.Returned.IsError) _json.WriteString("error"u8, a.Returned.Error);
        else _json.WriteNumber("bytes"u8, a.Returned.Bytes);
        _json.WriteEndObject();

        if (a.NewSize is { } size) _json.WriteNumber("size"u8, size);
        else _json.WriteNull("size"u8);

        _json.WriteStartObject("properties"u8);
        foreach (var id in PropertyVerdicts.Ids) WriteVerdict(PropertyNames[(int)id], a.Verdicts[id]);
        _json.WriteEndObject();

        _json.WriteBoolean("conforms"u8, a.Conforms);
        if (a.Incomplete) _json.WriteBoolean("incomplete"u8, true);
        if (a.File is { } file) _json.WriteString("file"u8, file);
        if (a.Path is { } path) _json.WriteString("path"u8, path);
        _json.WriteStartArray("violations"u8);
        if (a.Violates)
        {
            foreach (var id in a.Verdicts.Violated) _json.WriteStringValue(PropertyNames[(int)id]);
        }
        _json.WriteEndArray();
        _json.WriteStartArray("notes"u8);
        if (a.HasUndecided || a.Incomplete)
        {
            foreach (var note in a.Notes) _json.WriteStringValue(note);
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();

        if (_buffer.WrittenCount >= DrainBytes) Drain();
    }

    public void Complete(AuditSummary s)
    {
        _buffer.Write(_first ? "],\n\"summary\": "u8 : "\n],\n\"summary\": "u8);
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("file"u8, s.File);
        _json.WriteNumber("writes"u8, s.Writes);
        _json.WriteNumber("conforming"u8, s.Conforming);
        _json.WriteNumber("violating"u8, s.Violating);
        _json.WriteNumber("undecided"u8, s.Undecided);
        _json.WriteNumber("incomplete"u8, s.Incomplete);
        _json.WriteNumber("lines"u8, s.Lines);
        _json.WriteNumber("bytes"u8, s.Bytes);
        _json.WriteStartObject("properties"u8);
        foreach (var id in PropertyVerdicts.All)
        {
            var tally = s[id];
            _json.WriteStartObject(PropertyNames[(int)id]);
            _json.WriteNumber("holds"u8, tally.Holds);
            _json.WriteNumber("violated"u8, tally.Violated);
            _json.WriteNumber("undecided"u8, tally.Undecided);
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
        _json.WriteStartArray("byFile"u8);
        foreach (var (file, tally) in s.ByFile) WriteGroup("file"u8, file, null, tally);
        if (s.OtherFiles is { } otherFiles) WriteGroup("file"u8, null, null, otherFiles);
        _json.WriteEndArray();
        _json.WriteStartArray("bySize"u8);
        foreach (var (size, tally) in s.BySize.OrderBy(kv => kv.Key)) WriteGroup("length"u8, null, size, tally);
        if (s.OtherSizes is { } otherSizes) WriteGroup("length"u8, null, null, otherSizes);
        _json.WriteEndArray();
        _json.WriteStartObject("notes"u8);
        foreach (var (id, note) in AuditSummary.TraceLimitations) _json.WriteString(PropertyNames[(int)id], note);
        _json.WriteEndObject();
        _json.WriteNumber("exitCode"u8, s.ExitCode);
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("}\n"u8);
        Drain();
        Flush();
    }

    public void Abort(BadInputException error)
    {
        _buffer.Write(_first ? "],\n\"error\": "u8 : "\n],\n\"error\": "u8);
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("file"u8, error.File);
        _json.WriteNumber("line"u8, error.Line);
        _json.WriteNumber("column"u8, error.Column);
        _json.WriteString("reason"u8, error.Reason);
        _json.WriteNumber("exitCode"u8, 65);
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("}\n"u8);
        Drain();
        Flush();
    }

    /// <summary>One group of the breakdown; the key is null for the "other" group past <see cref="AuditSummary.MaxGroups"/>.</summary>
    private void WriteGroup(ReadOnlySpan<byte> keyName, string? text, long? number, GroupTally t)
    {
        _json.WriteStartObject();
        if (text is not null) _json.WriteString(keyName, text);
        else if (number is { } n) _json.WriteNumber(keyName, n);
        else _json.WriteNull(keyName);
        _json.WriteNumber("writes"u8, t.Writes);
        _json.WriteNumber("conforming"u8, t.Conforming);
        _json.WriteNumber("violating"u8, t.Violating);
        _json.WriteNumber("incomplete"u8, t.Incomplete);
        _json.WriteEndObject();
    }

    private void WriteVerdict(ReadOnlySpan<byte> name, bool? verdict)
    {
        if (verdict is { } v) _json.WriteBoolean(name, v);
        else _json.WriteNull(name);
    }

    private void WriteVerdict(JsonEncodedText name, bool? verdict)
    {
        if (verdict is { } v) _json.WriteBoolean(name, v);
        else _json.WriteNull(name);
    }

    private void Drain()
    {
        var bytes = _buffer.WrittenSpan;
        if (_stream is not null)
        {
            _stream.Write(bytes);
        }
        else
        {
            if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, DrainBytes * 2)];
            var n = Encoding.UTF8.GetChars(bytes, _chars);
            _text!.Write(_chars, 0, n);
        }
        _buffer.ResetWrittenCount();
    }

    private void Flush()
    {
        _stream?.Flush();
        _text?.Flush();
    }
}
