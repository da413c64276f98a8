using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Everything the linked-data layer reads, it reads as SPARQL text through <see cref="ISparqlProcessor"/> (the seam
/// issue 9 puts a remote store behind). One reader holds one snapshot, so the several queries behind one page see
/// the same data, and knows the dataset version that snapshot shows (for the ETag). The default graph is the union
/// of all graphs, as on Virtuoso or Fuseki with unionDefaultGraph: queries name GRAPH only to learn provenance.
/// </summary>
public sealed class SparqlReader : IDisposable
{
    private readonly ISparqlProcessor _processor;
    private readonly IStoreSnapshot _snapshot;
    private readonly TimeSpan _timeout;
    private readonly CancellationToken _cancel;

    public SparqlReader(StoreHost store, ISparqlProcessor processor, TimeSpan timeout, CancellationToken cancel)
    {
        _processor = processor;
        _timeout = timeout;
        _cancel = cancel;
        var (snapshot, version) = store.OpenSnapshot(unionDefaultGraph: true);
        _snapshot = snapshot;
        Version = version;
    }

    /// <summary>The dataset version the snapshot shows; null when a commit raced the opening (then no ETag is given).</summary>
    public long? Version { get; }

    /// <summary>Runs a SELECT and returns its rows (small answers: descriptions, pages, search hits).</summary>
    public IReadOnlyList<SolutionRow> Select(string query)
    {
        var prepared = _processor.PrepareQuery(query, baseIri: null);
        if (prepared.Form != QueryForm.Select)
        {
            throw new InvalidOperationException("The linked-data layer expected a SELECT query: " + query);
        }

        var result = _processor.Evaluate(prepared, Execution());
        return result is SolutionSequence rows ? [.. rows.Rows] : [];
    }

    public bool Ask(string query)
    {
        var prepared = _processor.PrepareQuery(query, baseIri: null);
        return _processor.Evaluate(prepared, Execution()) is BooleanResult { Value: true };
    }

    private QueryExecution Execution() => new(_snapshot, ProtocolDataset.Unspecified, _timeout, ServicePolicy: null, _cancel);

    public void Dispose() => _snapshot.Dispose();
}
