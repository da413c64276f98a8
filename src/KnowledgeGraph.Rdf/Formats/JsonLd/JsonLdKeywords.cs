namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>The JSON-LD 1.1 keywords and the keyword-like form processors must ignore.</summary>
public static class JsonLdKeywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@protected", "@propagate", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string? s) => s is not null && All.Contains(s);

    /// <summary>"@" followed by one or more ASCII letters: reserved for future keywords, so ignored with a warning.</summary>
    public static bool HasKeywordForm(string s)
    {
        if (s.Length < 2 || s[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (!char.IsAsciiLetter(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the gen-delims of RFC 3986, after which an IRI can serve as a prefix.</summary>
    public static bool EndsWithGenDelim(string iri) =>
        iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';
}
