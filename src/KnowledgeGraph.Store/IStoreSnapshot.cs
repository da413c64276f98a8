using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// The read seam the SPARQL engine uses: one consistent state of the store, kept for the snapshot's
/// whole life whatever commits meanwhile. Use a snapshot from one thread at a time (LMDB read transactions
/// allow no concurrent use); open one snapshot per thread for parallel reads.
/// </summary>
public interface IStoreSnapshot : IDisposable
{
    /// <summary>Whether <see cref="TermId.DefaultGraph"/> in a pattern means the union of all graphs.</summary>
    bool UnionDefaultGraph { get; }

    /// <summary>The quads matching the pattern, each once (in the union default graph, each triple once).</summary>
    IEnumerable<EncodedQuad> Match(QuadPattern pattern);

    /// <summary>How many quads match: exact where the backend can count cheaply, else an estimate.</summary>
    CardinalityEstimate Estimate(QuadPattern pattern);

    /// <summary>The term of an id met in this snapshot.</summary>
    Term Decode(TermId id);

    /// <summary>The id of a term, without adding it: false when the store has never seen the term.</summary>
    bool TryGetId(Term term, out TermId id);

    /// <summary>
    /// Every named graph that exists: those holding quads and those recorded without quads (created by CREATE GRAPH
    /// or emptied by CLEAR, until DROP).
    /// </summary>
    IReadOnlyCollection<TermId> NamedGraphs { get; }

    /// <summary>The named graphs recorded as existing whether or not they hold quads (CREATE GRAPH until DROP GRAPH).</summary>
    IReadOnlySet<TermId> CreatedGraphs { get; }

    /// <summary>Whether a graph exists: the default graph always, a named graph while it holds quads or is recorded.</summary>
    bool GraphExists(TermId graph);

    /// <summary>Counts kept up to date on every commit, for the optimizer.</summary>
    StoreStatistics Statistics { get; }
}
