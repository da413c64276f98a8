using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Remote;

/// <summary>
/// An RDF answer being read from the remote (a Graph Store GET): the quads are parsed from the response body while
/// they are enumerated (once), each put into <see cref="Graph"/>. Dispose it to release the connection.
/// </summary>
public sealed class RemoteRdfResponse : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly RdfFormat _format;
    private readonly SparqlDialect _dialect;

    internal RemoteRdfResponse(HttpResponseMessage response, RdfFormat format, Term graph, SparqlDialect dialect)
    {
        _response = response;
        _format = format;
        _dialect = dialect;
        Graph = graph;
    }

    public Term Graph { get; }

    public IEnumerable<Quad> ReadQuads()
    {
        using var stream = _response.Content.ReadAsStream();
        using var text = new StreamReader(stream, new UTF8Encoding(false), true, 1 << 16);
        using var reader = RdfReaders.Create(_format, text, new RdfReaderOptions { SourceName = _response.RequestMessage?.RequestUri?.ToString() });
        foreach (var quad in reader.ReadQuads())
        {
            yield return new Quad(_dialect.NormalizeTerm(quad.Subject), quad.Predicate, _dialect.NormalizeTerm(quad.Obj), Graph);
        }
    }

    public void Dispose() => _response.Dispose();
}
