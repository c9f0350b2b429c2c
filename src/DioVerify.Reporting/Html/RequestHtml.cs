using System.Xml.Linq;
using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>A schedule's request as HTML: its parameters, where ENOSPC cut it, its provenance, and the table of its BIOs.</summary>
public static class RequestHtml
{
    public static XElement Summary(RunReport run)
    {
        var r = run.Schedule.Request;
        var g = run.Geometry;
        var s = run.Schedule;
        return E("dl", Class("request"),
            Item("offset", $"{r.Offset}"),
            Item("length", $"{r.Length}"),
            Item("file size", $"{r.FileSize}"),
            Item("block size", $"{r.BlockSize}"),
            Item("sector size", $"{r.SectorSize}"),
            Item("max BIO", $"{r.MaxBioBytes}"),
            Item("free blocks", s.FreeBlocks?.ToString() ?? "unlimited"),
            Item("submitted", g.IsCut ? $"ENOSPC cut at {g.Cut}: [{g.Cut}, {g.End}) never submitted" : "not cut: all of it submitted"),
            Item("BIOs", $"{run.Layout.Count}, {s.FailureCount} failed"),
            ItemWith("arrival", IndexRanges.Html(s.Arrival)),
            s.FailureCount == 0 ? null : ItemWith("failed BIOs", IndexRanges.Html([.. Enumerable.Range(0, s.Outcomes.Length).Where(k => s.Outcomes[k] == BioStatus.Eio)])),
            s.ProducedBy is { } by ? Item("produced by", by) : null,
            s.Policy is { } policy ? Item("recorded policy", policy) : null,
            s.Property is { } property ? Item("recorded property", property.ToString()) : null);
    }

    public static XElement Bios(IReadOnlyList<StoryBio> bios) =>
        bios.Count == 0
            ? E("p", Class("note"), "No BIOs: the request was cut at its offset.")
            : E("table", Class("bios"),
                E("thead", E("tr", E("th", "BIO"), E("th", "[start, end)"), E("th", "bytes"), E("th", "outcome"))),
                E("tbody", bios.Select(b => E("tr", Class(b.Status == BioStatus.Ok ? "ok" : "eio"),
                    E("td", Class("number"), b.Index),
                    E("td", $"[{b.Start}, {b.End})"),
                    E("td", Class("number"), b.Bytes),
                    E("td", Class(b.Status == BioStatus.Ok ? "holds" : "fails"), b.Status == BioStatus.Ok ? "ok" : "EIO")))));

    private static IEnumerable<XElement> Item(string term, string value) => [E("dt", term), E("dd", value)];

    private static IEnumerable<XElement> ItemWith(string term, object value) => [E("dt", term), E("dd", value)];
}
