using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>Reading the server's own page markup in tests (its shapes are fixed by the page classes).</summary>
public static partial class PageMarkup
{
    /// <summary>The inner markup of the element with the given id (an svg, a section...); empty when absent.</summary>
    public static string Svg(string html, string id)
    {
        var start = html.IndexOf($"<svg id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
        return html[start..(end + 6)];
    }

    /// <summary>The data-iri values of the elements with the given class, decoded.</summary>
    public static List<string> DataIris(string markup, string cssClass) =>
        [.. Regex.Matches(markup, $"class=\"{Regex.Escape(cssClass)}\" data-iri=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public static int Count(string markup, string text) => Regex.Matches(markup, Regex.Escape(text)).Count;

    /// <summary>Every href in the markup, decoded.</summary>
    public static List<string> Hrefs(string markup) =>
        [.. HrefPattern().Matches(markup).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();
}
