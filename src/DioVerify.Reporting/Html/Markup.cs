using System.Xml.Linq;

namespace DioVerify.Reporting.Html;

/// <summary>Shorthands for building HTML and SVG as an XML tree, so that the writer escapes every text and attribute.</summary>
public static class Markup
{
    /// <summary>An element; <paramref name="content"/> holds attributes, child elements and text (nulls are skipped).</summary>
    public static XElement E(string name, params object?[] content) =>
        new(name, content.Select(item => item is string text ? Text(text) : item).ToArray());

    public static XAttribute A(string name, object value) => new(name, value is string text ? Text(text) : value);

    /// <summary>
    /// Text as a page may carry it. A schedule's strings can hold C0 controls, which XML 1.0 cannot carry
    /// even escaped (<c>&amp;#1;</c> is not well-formed): the writer threw on them (exit 70). They, and the
    /// bidi controls that would reorder what the reader sees, become a visible <c>\uXXXX</c> — the same form
    /// the terminal output shows (<see cref="TerminalText"/>), rather than U+FFFD, so the page says which
    /// character the file held. Tab and line breaks stay: they are valid and the page's own.
    /// </summary>
    public static string Text(string text) => TerminalText.Neutralise(text, keepLineBreaks: true);

    public static XAttribute Class(string names) => new("class", names);

    /// <summary>An SVG coordinate: two decimals are finer than a pixel and keep the file readable.</summary>
    public static XAttribute Coordinate(string name, double value) => new(name, Math.Round(value, 2));
}
