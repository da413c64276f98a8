using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// A map as inline SVG, with no tile server: the points in an equirectangular projection (longitude scaled by the
/// cosine of the middle latitude) fitted to their bounding box, a graticule with degree labels for orientation, and
/// one mark per place, each a link to the place's page.
/// </summary>
public static class MapSvg
{
    private const double Width = 720;
    private const double Height = 420;
    private const double Margin = 40;

    /// <summary>The smallest box shown, in degrees, so one point or close points still get a readable map.</summary>
    private const double MinimumSpan = 2.0;

    public static string Render(IReadOnlyList<MapPoint> points, Func<MapPoint, string> href)
    {
        if (points.Count == 0)
        {
            return string.Empty;
        }

        var minLat = points.Min(p => p.Latitude);
        var maxLat = points.Max(p => p.Latitude);
        var minLon = points.Min(p => p.Longitude);
        var maxLon = points.Max(p => p.Longitude);
        Widen(ref minLat, ref maxLat, MinimumSpan, -90, 90);
        Widen(ref minLon, ref maxLon, MinimumSpan, -180, 180);
        var midLat = (minLat + maxLat) / 2;
        var stretch = Math.Max(Math.Cos(midLat * Math.PI / 180), 0.05);
        var scale = Math.Min((Width - (2 * Margin)) / ((maxLon - minLon) * stretch), (Height - (2 * Margin)) / (maxLat - minLat));
        var offsetX = (Width - ((maxLon - minLon) * stretch * scale)) / 2;
        var offsetY = (Height - ((maxLat - minLat) * scale)) / 2;
        double X(double lon) => offsetX + ((lon - minLon) * stretch * scale);
        double Y(double lat) => offsetY + ((maxLat - lat) * scale);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"map\" class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"Map of {points.Count} places\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(minLon):0.#}\" y=\"{Y(maxLat):0.#}\" width=\"{X(maxLon) - X(minLon):0.#}\" height=\"{Y(minLat) - Y(maxLat):0.#}\" fill=\"#f1f5f2\" stroke=\"#c9d3cc\"/>");
        var step = Step(Math.Max(maxLat - minLat, maxLon - minLon));
        for (var lat = Math.Ceiling(minLat / step) * step; lat <= maxLat; lat += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(minLon):0.#}\" y1=\"{Y(lat):0.#}\" x2=\"{X(maxLon):0.#}\" y2=\"{Y(lat):0.#}\" stroke=\"#dde4df\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(minLon) - 4:0.#}\" y=\"{Y(lat) + 4:0.#}\" font-size=\"10\" fill=\"#6c7680\" text-anchor=\"end\">{lat:0.##}°</text>");
        }

        for (var lon = Math.Ceiling(minLon / step) * step; lon <= maxLon; lon += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(lon):0.#}\" y1=\"{Y(maxLat):0.#}\" x2=\"{X(lon):0.#}\" y2=\"{Y(minLat):0.#}\" stroke=\"#dde4df\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(lon):0.#}\" y=\"{Y(minLat) + 14:0.#}\" font-size=\"10\" fill=\"#6c7680\" text-anchor=\"middle\">{lon:0.##}°</text>");
        }

        foreach (var p in points.OrderBy(p => p.IsSubject))
        {
            var x = X(p.Longitude);
            var y = Y(p.Latitude);
            var fill = p.IsSubject ? "#b0413e" : "#2f6690";
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.Text(href(p))}\" class=\"map-place\" data-iri=\"{Html.Text(p.Place.Value)}\"><title>{Html.Text(p.Label)} ({p.Latitude:0.#####}, {p.Longitude:0.#####})</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map-mark{(p.IsSubject ? " subject" : string.Empty)}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(p.IsSubject ? 8 : 6)}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10:0.#}\" y=\"{y + 4:0.#}\" font-size=\"12\" fill=\"#1d2630\">{Html.Text(p.Label)}</text></a>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Widen(ref double min, ref double max, double minimum, double floor, double ceiling)
    {
        var span = max - min;
        var pad = span < minimum ? (minimum - span) / 2 : span * 0.12;
        min = Math.Max(floor, min - pad);
        max = Math.Min(ceiling, max + pad);
    }

    /// <summary>A graticule spacing of 1, 2 or 5 times a power of ten giving three to eight lines.</summary>
    private static double Step(double span)
    {
        var raw = span / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var unit = raw / power;
        return power * (unit < 1.5 ? 1 : unit < 3.5 ? 2 : 5);
    }
}
