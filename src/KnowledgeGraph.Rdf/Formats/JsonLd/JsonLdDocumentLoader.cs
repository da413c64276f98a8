using System.Collections.Concurrent;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The document loader of this processor: it never touches the network. It knows the documents
/// registered with it by URL and, unless made with <see cref="Empty"/>, our ontology context at
/// <see cref="BuiltInContexts.OntologyContextIri"/>; it refuses every other URL with
/// <c>loading remote context failed</c>, naming the URL, so a document cannot make us fetch anything.
/// </summary>
public sealed class JsonLdDocumentLoader
{
    private readonly ConcurrentDictionary<string, Lazy<object?>> _documents = new(StringComparer.Ordinal);

    /// <summary>A loader that knows the built-in contexts (<see cref="BuiltInContexts"/>).</summary>
    public JsonLdDocumentLoader()
        : this(withBuiltIns: true)
    {
    }

    private JsonLdDocumentLoader(bool withBuiltIns)
    {
        if (withBuiltIns)
        {
            foreach (var (url, text) in BuiltInContexts.Documents)
            {
                _documents[url] = new Lazy<object?>(() => JsonText.Parse(text(), url));
            }
        }
    }

    /// <summary>A loader that knows no document at all until some are registered.</summary>
    public static JsonLdDocumentLoader Empty() => new(withBuiltIns: false);

    /// <summary>Makes <paramref name="jsonText"/> the document at <paramref name="url"/>; it is parsed on first use.</summary>
    public JsonLdDocumentLoader Register(string url, string jsonText)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(jsonText);
        _documents[url] = new Lazy<object?>(() => JsonText.Parse(jsonText, url));
        return this;
    }

    /// <summary>Registers a local file under <paramref name="url"/>; it is read and parsed on first use.</summary>
    public JsonLdDocumentLoader RegisterFile(string url, string path)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(path);
        _documents[url] = new Lazy<object?>(() => JsonText.Parse(File.ReadAllText(path), path));
        return this;
    }

    public bool Knows(string url) => _documents.ContainsKey(StripFragment(url));

    /// <summary>The parsed document at <paramref name="url"/>; callers must not modify it.</summary>
    /// <exception cref="JsonLdException"><c>loading remote context failed</c> for a URL not registered.</exception>
    public object? Load(string url)
    {
        if (_documents.TryGetValue(StripFragment(url), out var doc))
        {
            return doc.Value;
        }

        throw new JsonLdException("loading remote context failed", $"loading remote context <{url}> is disabled (this processor never fetches documents): only registered contexts and <{BuiltInContexts.OntologyContextIri}> can be used");
    }

    private static string StripFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }
}
