using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// A timeline as inline SVG: a date axis across the top and one row per dated event, with one mark per event (a dot
/// for a day, a bar for a span, drawn hollow when the dates are only bounds or the part is only claimed), its label
/// beside it, and the whole row a link to the event's page. Undated events are left to the caller to list.
/// </summary>
public static class TimelineSvg
{
    private const double Width = 960;
    private const double Left = 24;
    private const double Right = 24;
    private const double AxisY = 34;
    private const double RowHeight = 26;

    public static string Render(IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, string> href)
    {
        var dated = events.Where(e => e.Start is not null).ToList();
        if (dated.Count == 0)
        {
            return string.Empty;
        }

        var first = dated.Min(e => e.Start!.Value);
        var last = dated.Max(e => e.End ?? e.Start!.Value);
        var span = Math.Max(last.DayNumber - first.DayNumber, 1);
        // A little room on both sides so the first and last marks are not on the frame.
        var padding = Math.Max(1, (int)Math.Ceiling(span * 0.04));
        var from = first.AddDays(-padding);
        var days = (double)(last.DayNumber - first.DayNumber + (2 * padding));
        var plot = Width - Left - Right;
        double X(DateOnly d) => Left + ((d.DayNumber - from.DayNumber) / days * plot);

        var height = AxisY + 16 + (dated.Count * RowHeight);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height:0}\" width=\"{Width}\" height=\"{height:0}\" role=\"img\" aria-label=\"Timeline of {dated.Count} events\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{AxisY}\" x2=\"{Width - Right}\" y2=\"{AxisY}\" stroke=\"#55606b\"/>");
        const int ticks = 6;
        for (var i = 0; i <= ticks; i++)
        {
            var day = from.AddDays((int)Math.Round(days * i / ticks));
            var x = X(day);
            var anchor = i == 0 ? "start" : i == ticks ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{AxisY - 5}\" x2=\"{x:0.#}\" y2=\"{height - 4:0}\" stroke=\"#e3e7eb\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{AxisY - 10}\" font-size=\"11\" fill=\"#55606b\" text-anchor=\"{anchor}\">{day:yyyy-MM-dd}</text>");
        }

        for (var row = 0; row < dated.Count; row++)
        {
            var e = dated[row];
            var y = AxisY + 16 + (row * RowHeight) + (RowHeight / 2);
            var x1 = X(e.Start!.Value);
            var hollow = e.Approximate || e.Claimed;
            var fill = hollow ? "#fff" : "#2f6690";
            var dash = e.Approximate ? " stroke-dasharray=\"3 2\"" : string.Empty;
            var when = e.End is { } end ? $"{e.Start:yyyy-MM-dd} to {end:yyyy-MM-dd}" : $"{e.Start:yyyy-MM-dd}";
            if (e.Approximate)
            {
                when = "bounds " + when;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.Text(href(e))}\" class=\"timeline-event\" data-iri=\"{Html.Text(e.Event.Value)}\"><title>{Html.Text(e.Label)} ({Html.Text(when)}){(e.Claimed ? " - claimed" : string.Empty)}</title>");
            double labelX;
            if (e.End is { } until)
            {
                var x2 = Math.Max(X(until), x1 + 6);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"timeline-mark\" x=\"{x1:0.#}\" y=\"{y - 8:0.#}\" width=\"{x2 - x1:0.#}\" height=\"16\" rx=\"4\" fill=\"{fill}\" stroke=\"#2f6690\" stroke-width=\"2\"{dash}/>");
                labelX = x2;
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"timeline-mark\" cx=\"{x1:0.#}\" cy=\"{y:0.#}\" r=\"6\" fill=\"{fill}\" stroke=\"#2f6690\" stroke-width=\"2\"{dash}/>");
                labelX = x1 + 6;
            }

            // The label goes on the side with room for it; a long bar with room on neither side carries it inside.
            var text = $"{e.Label} ({when}){(e.Claimed ? " [claimed]" : string.Empty)}";
            var needed = text.Length * 6.4;
            var roomRight = Width - Right - (labelX + 6);
            var roomLeft = x1 - 10;
            if (roomRight >= needed || (roomRight >= roomLeft && e.End is null))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX + 6:0.#}\" y=\"{y + 4:0.#}\" font-size=\"12\" fill=\"#1d2630\">{Html.Text(text)}</text>");
            }
            else if (roomLeft >= needed || e.End is null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1 - 10:0.#}\" y=\"{y + 4:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1d2630\">{Html.Text(text)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1 + 8:0.#}\" y=\"{y + 4:0.#}\" font-size=\"12\" fill=\"{(hollow ? "#1d2630" : "#fff")}\">{Html.Text(text)}</text>");
            }

            svg.Append("</a>");
        }

        return svg.Append("</svg>").ToString();
    }
}
