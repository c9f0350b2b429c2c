namespace DioVerify.Reporting.Html;

/// <summary>The reports' stylesheet, inlined into every page so that a report opens offline exactly as it was written.</summary>
public static class ReportStyle
{
    // The XML writer escapes '<', '>' and '&' in element text, which would break CSS inside <style>:
    // this sheet uses none of them (no child combinators), and a test holds it to that.
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d1d1d; max-width: 110rem; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; margin-top: 1.2rem; }
        section { border-top: 1px solid #d0d0d0; margin-top: 1.5rem; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #d0d0d0; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; }
        dt { font-weight: 600; } dd { margin: 0; }
        pre { background: #f6f6f6; padding: 0.5rem; overflow-x: auto; }
        .note { color: #555; }
        .proof { color: #555; font-size: 0.8em; font-weight: normal; }
        .status { padding: 0.4rem 0.6rem; border-left: 4px solid #555; background: #f6f6f6; }
        .holds { color: #1b5e20; } .fails, .unexpected, .missed { color: #b00020; font-weight: 600; } .undecided { color: #8a6d00; }
        td.refuted a { color: #b00020; }
        tr.focus td { background: #fff4d6; }
        ul.finding { margin: 0.2rem 0 0 0; padding-left: 1.2rem; }
        svg text { font-family: ui-monospace, monospace; font-size: 11px; fill: #1d1d1d; }
        svg text.run-count { fill: #ffffff; font-weight: 600; }
        svg text.run-count.hole, svg text.run-count.unwritten { fill: #1d1d1d; }
        rect.sector, rect.block, rect.swatch { stroke: #ffffff; stroke-width: 1; }
        .durable { fill: #2e9d3a; } .failed { fill: #d62828; } .not-submitted { fill: #9a9a9a; }
        .old { fill: #3b6fb6; } .unwritten { fill: #e9c46a; } .hole { fill: #ececec; }
        .existing { fill: #8fb1de; } .kept { fill: #86c98f; } .freed { fill: #c4c4c4; } .unallocated { fill: #ececec; }
        line.marker { stroke-width: 2; } line.prefix { stroke: #1b5e20; } line.returned { stroke: #b00020; stroke-dasharray: 4 2; } line.eof { stroke: #333333; stroke-dasharray: 1 2; }
        text.prefix { fill: #1b5e20; } text.returned { fill: #b00020; }
        line.flight { stroke: #9a9a9a; stroke-width: 2; }
        circle.submit { fill: #ffffff; stroke: #555555; stroke-width: 2; }
        rect.completion.ok { fill: #2e9d3a; } rect.completion.eio { fill: #d62828; }
        line.grid { stroke: #ececec; }
        svg.sector-map, svg.timeline, svg.sector-detail { display: block; width: 100%; height: auto; }
        div.sector-details { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0.3rem 1rem; }
        figure.sector-detail { margin: 0; min-width: 0; } figure.sector-detail figcaption { font-size: 0.85em; color: #555; }
        rect.narrow { stroke: none; }
        rect.column { fill: #d0d0d0; }
        line.leader { stroke: #777777; stroke-width: 1; }
        text.label { font-weight: 600; } text.eof { fill: #333333; } svg text.note { fill: #555555; }
        div.orders { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        div.order { min-width: 0; } h4 { margin: 0.5rem 0; }
        dl.results div.result { display: contents; }
        dl.results div.differs dt, dl.results div.differs dd { background: #fff4d6; font-weight: 600; }
        details summary { cursor: pointer; } li.full-list { overflow-wrap: anywhere; } p.full-list { overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: 0.85em; }
        @media print {
          @page { margin: 12mm; }
          body { margin: 0; max-width: 100%; }
          svg.sector-map, svg.timeline, svg.sector-detail { width: 100%; max-width: 100%; break-inside: avoid; }
          figure.sector-detail, div.orders { break-inside: avoid; }
        }
        """;
}
