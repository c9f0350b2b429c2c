using System.Xml;
using System.Xml.Linq;

namespace DioVerify.Reporting.Tests;

/// <summary>Reads a report page as XML: the renderers write well-formed markup, so a strict XML parser is a fair first check.</summary>
public static class HtmlDocuments
{
    public static XDocument Parse(string html)
    {
        // The only DTD in a page is "<!DOCTYPE html>", which declares nothing.
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    /// <summary>Elements whose class attribute lists <paramref name="name"/>.</summary>
    public static IEnumerable<XElement> WithClass(this XContainer root, string name) => root.Descendants().Where(e => e.HasClass(name));

    public static bool HasClass(this XElement element, string name) => ((string?)element.Attribute("class"))?.Split(' ').Contains(name) == true;

    /// <summary>The text of an element as a reader sees it: the writer indents elements that hold only elements.</summary>
    public static string Text(this XElement element) => element.Value.Trim();
}
