using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// LOAD over HTTP(S) under the server's <see cref="UrlPolicy"/>: the URL must be under an allow-listed prefix,
/// and the address actually connected to is checked again at connect time (so a name that resolves to a public
/// address for the check and to 127.0.0.1 for the fetch, DNS rebinding, is still refused). Redirects are not
/// followed; the body is capped; the format comes from the response's Content-Type, else the URL's extension.
/// </summary>
public sealed class PolicyGraphLoader : IGraphLoader
{
    private const string Accept = "text/turtle, application/n-triples, application/n-quads, application/trig, application/ld+json;q=0.9, application/rdf+xml;q=0.8";
    private readonly UrlPolicy _policy;
    private readonly long _maxBytes;

    public PolicyGraphLoader(UrlPolicy policy, long maxBytes)
    {
        _policy = policy;
        _maxBytes = maxBytes;
    }

    public IEnumerable<Quad> Load(Iri source, CancellationToken cancellation)
    {
        var refusal = _policy.CheckAsync(source.Value, cancellation).GetAwaiter().GetResult();
        if (refusal is not null)
        {
            throw new GraphLoadException($"LOAD <{source.Value}> refused: {refusal}");
        }

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = PublicAddressConnector.ConnectAsync };
        using var client = new HttpClient(handler) { MaxResponseContentBufferSize = _maxBytes, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Value);
        request.Headers.Accept.ParseAdd(Accept);
        using var response = client.SendAsync(request, cancellation).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new GraphLoadException($"LOAD <{source.Value}>: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        var body = response.Content.ReadAsStringAsync(cancellation).GetAwaiter().GetResult();
        var format = FormatOf(response.Content.Headers.ContentType, source.Value)
            ?? throw new GraphLoadException($"LOAD <{source.Value}>: cannot tell the RDF format (Content-Type {response.Content.Headers.ContentType?.MediaType ?? "missing"}).");
        using var reader = RdfReaders.Create(format, new StringReader(body), new RdfReaderOptions { BaseIri = source.Value, SourceName = source.Value });
        try
        {
            return reader.ReadQuads().ToList();
        }
        catch (RdfParseException e)
        {
            throw new GraphLoadException($"LOAD <{source.Value}>: {e.Message}", e);
        }
    }

    private static RdfFormat? FormatOf(MediaTypeHeaderValue? contentType, string url) =>
        (contentType?.MediaType is { } media ? RdfFormat.Find(media) : null) ?? RdfFormat.FromFileName(new Uri(url).AbsolutePath);
}
