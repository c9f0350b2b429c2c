using System.Xml.Linq;

namespace DioVerify.Reporting.Html;

/// <summary>Shorthands for building HTML and SVG as an XML tree, so that the writer escapes every text and attribute.</summary>
public static class Markup
{
    /// <summary>An element; <paramref name="content"/> holds attributes, child elements and text (nulls are skipped).</summary>
    public static XElement E(string name, params object?[] content) => new(name, content);

    public static XAttribute A(string name, object value) => new(name, value);

    public static XAttribute Class(string names) => new("class", names);

    /// <summary>An SVG coordinate: two decimals are finer than a pixel and keep the file readable.</summary>
    public static XAttribute Coordinate(string name, double value) => new(name, Math.Round(value, 2));
}
