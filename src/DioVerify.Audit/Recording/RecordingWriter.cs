using System.Text.Json;

namespace DioVerify.Audit.Recording;

/// <summary>
/// Writes recorded direct writes as a trace (Trace v1 with the optional recording fields): per write a
/// <c>write</c>, a <c>submit</c> per BIO with its file offset and length, a <c>complete</c> per BIO that
/// completed before the return in the order the kernel completed them, the <c>return</c> and the <c>size</c>.
/// </summary>
public static class RecordingWriter
{
    /// <summary>
    /// Writes the writes among <paramref name="dios"/> to <paramref name="output"/>; <paramref name="files"/>
    /// finds the file (path and extent map) of a device and inode, or null. <paramref name="lostEvents"/> &gt; 0
    /// marks every write incomplete.
    /// </summary>
    public static RecordingSummary Write(IEnumerable<RecordedDio> dios, Func<uint, long, RecordedFile?> files, long lostEvents, long strayBios, Stream output)
    {
        var summary = new RecordingSummary { LostEvents = lostEvents, StrayBios = strayBios };
        var seenFiles = new HashSet<(uint, long)>();
        using var json = new Utf8JsonWriter(output);
        foreach (var dio in dios)
        {
            if (!dio.IsWrite)
            {
                summary.Reads++;
                continue;
            }
            // EAGAIN from a NOWAIT attempt (io_uring's first try) is retried by the kernel itself: not the program's write.
            if (dio.Result is not { } result || (result == -11 && dio.Path is not null))
            {
                summary.WithoutReturn++;
                continue;
            }
            // The mappings iomap used while writing come first: a filesystem that frees the blocks after an
            // error (ext4) leaves nothing for FIEMAP to find. The file's extent map afterwards is the fallback.
            var file = files(dio.Dev, dio.Inode);
            var own = dio.Mappings.Count > 0 ? new RecordedFile(file?.Path ?? "", dio.Mappings) : null;
            if (file is null && own is null)
            {
                summary.UnmappedWrites++;
                continue;
            }

            // Map each BIO to file bytes; keep those inside the write. One that maps nowhere makes the write
            // incomplete; one that maps outside it (zeroing the rest of a partial block) is only left out.
            var mapped = new List<(RecordedBio Bio, long Offset, long Length, int Id)>();
            var unmappable = false;
            for (var i = 0; i < dio.Bios.Count; i++)
            {
                var bio = dio.Bios[i];
                var range = own?.Map(bio.Sector * 512, bio.Sectors * 512) ?? file?.Map(bio.Sector * 512, bio.Sectors * 512);
                if (range is { } r && r.Offset >= dio.Offset && r.Offset + r.Length <= dio.Offset + dio.Length)
                    mapped.Add((bio, r.Offset, r.Length, i));
                else
                {
                    summary.UnmappedBios++;
                    unmappable |= range is null;
                }
            }

            // The trace's BIOs must tile [off, cut) from off: keep the gap-free run from the write's offset.
            mapped.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var tiling = new List<(RecordedBio Bio, long Offset, long Length, int Id)>();
            var expected = dio.Offset;
            foreach (var m in mapped)
            {
                if (m.Offset != expected) break;
                tiling.Add(m);
                expected = m.Offset + m.Length;
            }
            var incomplete = lostEvents > 0 || unmappable || tiling.Count < mapped.Count;
            if (incomplete) summary.IncompleteWrites++;
            summary.UnmappedBios += mapped.Count - tiling.Count;
            tiling.Sort((a, b) => a.Id.CompareTo(b.Id));

            if (file is not null) seenFiles.Add((dio.Dev, dio.Inode));
            summary.Writes++;
            summary.Bios += tiling.Count;
            Line(json, output, w =>
            {
                w.WriteString("event", "write");
                w.WriteNumber("offset", dio.Offset);
                w.WriteNumber("length", dio.Length);
                w.WriteNumber("fileSize", dio.SizeBefore);
                if (file is not null) w.WriteString("file", file.Path);
                if (dio.Path is { } path) w.WriteString("path", path);
                if (incomplete) w.WriteBoolean("incomplete", true);
            });
            foreach (var m in tiling)
            {
                Line(json, output, w =>
                {
                    w.WriteString("event", "submit");
                    w.WriteNumber("bio", m.Id);
                    w.WriteNumber("offset", m.Offset);
                    w.WriteNumber("length", m.Length);
                });
            }
            var ids = tiling.ToDictionary(m => m.Bio, m => m.Id);
            foreach (var bio in dio.Completions)
            {
                if (bio.CompletedAt > dio.ReturnedAt || !ids.TryGetValue(bio, out var id)) continue;
                Line(json, output, w =>
                {
                    w.WriteString("event", "complete");
                    w.WriteNumber("bio", id);
                    w.WriteString("status", bio.Failed ? "eio" : "ok");
                });
            }
            Line(json, output, w =>
            {
                w.WriteString("event", "return");
                if (result >= 0) w.WriteNumber("bytes", result);
                else w.WriteString("error", Engine.Model.Errno.Name(-result));
            });
            Line(json, output, w =>
            {
                w.WriteString("event", "size");
                w.WriteNumber("value", dio.SizeAfter);
            });
        }
        summary.Files = seenFiles.Count;
        output.Flush();
        return summary;
    }

    private static void Line(Utf8JsonWriter json, Stream output, Action<Utf8JsonWriter> body)
    {
        json.Reset(output);
        json.WriteStartObject();
        body(json);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
