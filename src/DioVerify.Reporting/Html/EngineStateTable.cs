using System.Xml.Linq;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>The engine's observations after submission and after each completion: the rows the text timeline prints.</summary>
public static class EngineStateTable
{
    public static XElement Render(CompletionState<bool, long> submitted, IReadOnlyList<StoryStep> steps) =>
        E("table", Class("engine-state"),
            E("thead", E("tr",
                new[] { "step", "completes", "AnyFailed", "LowestFailedStart", "OkBytes", "HighestOkEnd", "FailureArrived", "OkBytesBeforeFailure" }.Select(h => E("th", h)))),
            E("tbody",
                Row("submit", "", submitted, null),
                steps.Select(s => Row($"{s.Arrival + 1}", $"BIO {s.Bio} {(s.Status == BioStatus.Ok ? "ok" : "EIO")}", s.After, s.Status == BioStatus.Ok ? "ok" : "eio"))));

    private static XElement Row(string step, string completes, CompletionState<bool, long> s, string? outcome) =>
        E("tr", outcome is null ? null : Class(outcome),
            E("td", step),
            E("td", completes),
            E("td", Yes(s.AnyFailed)),
            E("td", Class("number"), s.LowestFailedStart),
            E("td", Class("number"), s.OkBytes),
            E("td", Class("number"), s.HighestOkEnd),
            E("td", Yes(s.FailureArrived)),
            E("td", Class("number"), s.OkBytesBeforeFailure));

    private static string Yes(bool value) => value ? "yes" : "no";
}
