using System.Net;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// HTML spelling. Every string from the data or the request goes through <see cref="Text"/> (element content and
/// quoted attribute values alike), and only http(s) IRIs and our own paths become links, so a label or an IRI cannot
/// inject markup or a <c>javascript:</c> URL.
/// </summary>
public static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' (safe in element content and in quoted attributes).</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>True for targets a link may point at: our own absolute paths and http(s) IRIs.</summary>
    public static bool IsLinkable(string href) =>
        (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>An anchor when <paramref name="href"/> is linkable, else the escaped text alone.</summary>
    public static string Link(string href, string text, string? cssClass = null, string? title = null)
    {
        if (!IsLinkable(href))
        {
            return Text(text);
        }

        var cls = cssClass is null ? string.Empty : $" class=\"{Text(cssClass)}\"";
        var tip = title is null ? string.Empty : $" title=\"{Text(title)}\"";
        return $"<a href=\"{Text(href)}\"{cls}{tip}>{Text(text)}</a>";
    }

    /// <summary>The short name of an IRI: what follows its last '#' or '/'.</summary>
    public static string LocalName(Iri iri)
    {
        var v = iri.Value.TrimEnd('/');
        var cut = Math.Max(v.LastIndexOf('#'), v.LastIndexOf('/'));
        return cut >= 0 && cut < v.Length - 1 ? v[(cut + 1)..] : v;
    }
}
