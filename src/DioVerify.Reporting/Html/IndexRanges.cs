using System.Xml.Linq;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// A long list of BIO indices (an arrival order, the failed BIOs) written short: runs with a constant step
/// become ranges (<c>0–18 by 2</c>), and past <see cref="MaxShown"/> ranges the rest is summarised, with the
/// whole list one click away in a <c>&lt;details&gt;</c>.
/// </summary>
public static class IndexRanges
{
    /// <summary>Most ranges written before the list is cut short.</summary>
    public const int MaxShown = 12;

    /// <summary>The list as ranges: a run of three or more with a constant step is one range.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<int> list)
    {
        var ranges = new List<string>();
        var i = 0;
        while (i < list.Count)
        {
            var j = i;
            if (i + 2 < list.Count && list[i + 1] - list[i] == list[i + 2] - list[i + 1] && list[i + 1] != list[i])
            {
                var step = list[i + 1] - list[i];
                j = i + 2;
                while (j + 1 < list.Count && list[j + 1] - list[j] == step) j++;
                ranges.Add(step == 1 ? $"{list[i]}–{list[j]}" : $"{list[i]}–{list[j]} by {step}");
            }
            else
            {
                ranges.Add($"{list[i]}");
            }

            i = j + 1;
        }

        return ranges;
    }

    /// <summary>The list as HTML: its ranges, cut after <see cref="MaxShown"/> with the full list in a closed <c>&lt;details&gt;</c>.</summary>
    public static object Html(IReadOnlyList<int> list)
    {
        var ranges = Of(list);
        var full = $"[{string.Join(", ", list)}]";
        if (ranges.Count <= MaxShown && list.Count <= 64) return E("span", Class("indices"), full);
        var shown = string.Join(", ", ranges.Take(MaxShown)) + (ranges.Count > MaxShown ? $", … ({ranges.Count - MaxShown} more range(s))" : "");
        return E("details", Class("indices"),
            E("summary", $"{list.Count} indices: {shown}"),
            E("p", Class("full-list"), full));
    }
}
