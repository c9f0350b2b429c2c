namespace DioVerify.Reporting.Tests;

/// <summary>
/// A small script by which a page measures its own layout, so a headless browser's DOM dump shows what was really
/// drawn: how many sector cells have a width, and how many in-page links lead nowhere. Production pages carry no
/// script (their policy is <c>script-src 'none'</c>): the tests inject this one into their own copy of a page
/// (<see cref="Into"/>).
/// </summary>
public static class LayoutProbe
{
    /// <summary>Set on each sector-map SVG: its <c>rect.sector</c> cells that the browser laid out with a non-zero width.</summary>
    public const string RenderedSectorCells = "data-rendered-sector-cells";

    /// <summary>Set on the body: the in-page links (<c>href="#..."</c>).</summary>
    public const string InternalLinks = "data-internal-links";

    /// <summary>Set on the body: the in-page links whose target id is not in the page.</summary>
    public const string BrokenInternalLinks = "data-broken-internal-links";

    // Runs once, at the end of the body, after everything is parsed.
    public const string Script = $$"""
        (function () {
          function drawn(element) { return Boolean(element.getBBox().width) ? Boolean(element.getBoundingClientRect().width) : false; }
          document.querySelectorAll('svg.sector-map').forEach(function (svg) {
            svg.setAttribute('{{RenderedSectorCells}}', String(Array.prototype.filter.call(svg.querySelectorAll('rect.sector'), drawn).length));
          });
          var links = document.querySelectorAll('a[href^="#"]');
          var broken = Array.prototype.filter.call(links, function (a) { return !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); });
          document.body.setAttribute('{{InternalLinks}}', String(links.length));
          document.body.setAttribute('{{BrokenInternalLinks}}', String(broken.length));
        })();
        """;

    /// <summary>
    /// A copy of <paramref name="page"/> with the probe at the end of its body and a policy that lets an inline
    /// script run; it fails when the page's policy is not the production one, so a test cannot probe a page
    /// that was already allowed to run scripts.
    /// </summary>
    public static string Into(string page)
    {
        const string forbidden = "script-src 'none'";
        if (!page.Contains(forbidden, StringComparison.Ordinal)) throw new InvalidOperationException($"the page's policy does not say {forbidden}");
        if (!page.Contains("</body>", StringComparison.Ordinal)) throw new InvalidOperationException("the page has no </body>");
        return page.Replace(forbidden, "script-src 'unsafe-inline'", StringComparison.Ordinal)
            .Replace("</body>", $"<script>{Script}</script></body>", StringComparison.Ordinal);
    }
}
