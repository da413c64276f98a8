using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Graphs;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// The Graph Store on a remote store, through its own Graph Store endpoint. Bodies are parsed here first, in any
/// format we read (so a malformed body is our 400 with line and column and nothing is sent), and forwarded as
/// N-Triples in one PUT or POST, which the remote applies atomically. The whole-store GET has no Graph Store
/// equivalent and is a SELECT over GRAPH ?g. Graph Store reads are retried like queries; writes are sent once.
/// </summary>
public sealed class RemoteGraphStore(RemoteSparqlClient client, StoreHost store, RemoteWriteRecorder writes) : IGraphStore
{
    public IGraphStoreView OpenView()
    {
        var (snapshot, version) = store.OpenSnapshot();
        snapshot.Dispose();
        return new View(client, version);
    }

    public (bool Existed, long Quads) Write(Term graph, IReadOnlyList<RdfBody> bodies, string baseIri, bool replace, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        long n = 0;
        using (var text = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        using (var output = RdfWriters.Create(RdfFormat.NTriples, text))
        {
            foreach (var body in bodies)
            {
                using var input = new StreamReader(body.Content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
                using var reader = RdfReaders.Create(body.Format, input, new RdfReaderOptions { BaseIri = baseIri });
                foreach (var quad in reader.ReadQuads())
                {
                    if (!quad.InDefaultGraph)
                    {
                        throw new ProtocolError(StatusCodes.Status400BadRequest,
                            $"The body puts a triple in the named graph {quad.Graph}; a Graph Store write to one graph takes triples only.");
                    }

                    output.Write(client.Dialect.PrepareQuad(quad));
                    if ((++n & 0xFFF) == 0)
                    {
                        cancel.ThrowIfCancellationRequested();
                    }
                }
            }

            output.Finish();
        }

        var existed = client.GraphExistsAsync(graph, null, cancel).GetAwaiter().GetResult();
        try
        {
            if (n == 0 && replace)
            {
                // An empty PUT empties the graph; some stores refuse an empty body.
                client.GraphDeleteAsync(graph, null, cancel).GetAwaiter().GetResult();
            }
            else if (n > 0)
            {
                client.GraphWriteAsync(graph, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), replace, null, cancel).GetAwaiter().GetResult();
            }
        }
        finally
        {
            writes.RecordAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return (existed, n);
    }

    public bool Drop(Term graph, CancellationToken cancel)
    {
        try
        {
            return client.GraphDeleteAsync(graph, null, cancel).GetAwaiter().GetResult();
        }
        finally
        {
            writes.RecordAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private sealed class View(RemoteSparqlClient client, long? version) : IGraphStoreView
    {
        public long? Version => version;

        public bool Exists(Term graph) => client.GraphExistsAsync(graph).GetAwaiter().GetResult();

        public void Export(IQuadWriter output, Term? graph, CancellationToken cancel)
        {
            if (graph is not null)
            {
                using var response = client.GraphGetAsync(graph, null, cancel).GetAwaiter().GetResult();
                if (response is not null)
                {
                    foreach (var quad in response.ReadQuads())
                    {
                        output.Write(new Quad(quad.Subject, quad.Predicate, quad.Obj));
                    }
                }

                output.Finish();
                return;
            }

            // The default graph alone (an unbound ?g), then every named graph; the dialect keeps system graphs out.
            var query = client.Dialect.DefaultGraphOnly("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
            var result = client.QueryAsync(query, givesGraph: false, null, null, cancel).GetAwaiter().GetResult();
            foreach (var row in ((SolutionSequence)result).Rows)
            {
                if (row[0] is not { } s || row[1] is not Iri p || row[2] is not { } o || (row[3] is { } named && client.Dialect.IsSystemGraph(named)))
                {
                    continue;
                }

                output.Write(new Quad(s, p, o, row[3] ?? DefaultGraph.Instance));
            }

            output.Finish();
        }

        public void Dispose()
        {
        }
    }
}
