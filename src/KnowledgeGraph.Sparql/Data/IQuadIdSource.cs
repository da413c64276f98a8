using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// An id-level view of a quad source: terms are encoded as 64-bit ids so that joins compare integers and
/// terms are decoded only for output or for functions that need their value. A store implements this
/// when its indexes are id based; the engine falls back to <see cref="IQuadSource.Match"/> otherwise.
/// Contract the engine relies on: two terms have the same id exactly when they are the same RDF term, ids stay
/// valid for the source's life, and no subject, predicate or object has the id 0 (the engine uses it for
/// "unbound"). <see cref="DefaultGraph.Instance"/> has an id (the one <see cref="Match"/> takes for the default graph).
/// </summary>
public interface IQuadIdSource
{
    /// <summary>The id of a term present in the source; false when the term occurs nowhere.</summary>
    bool TryLookup(Term term, out long id);

    /// <summary>The term for an id produced by this source.</summary>
    Term Decode(long id);

    /// <summary>
    /// The quads matching the pattern as ids. A null argument is unbound; <paramref name="graph"/> follows
    /// the same convention as <see cref="IQuadSource.Match"/> (the default graph has its own id).
    /// </summary>
    IEnumerable<QuadIds> Match(long? subject, long? predicate, long? obj, long? graph);

    /// <summary>
    /// Appends the quads matching the pattern to <paramref name="into"/>: the engine's inner loops read probes into a
    /// reused buffer. A source can answer from its own structures without an enumerator.
    /// </summary>
    void MatchInto(long? subject, long? predicate, long? obj, long? graph, List<QuadIds> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var quad in Match(subject, predicate, obj, graph))
        {
            into.Add(quad);
        }
    }

    /// <summary>
    /// What one <see cref="Match"/> call costs, in quads read by a scan: the engine scans a pattern once and hashes it
    /// instead of matching it once per probe when the probes times this exceed the pattern's size. 0 when a match
    /// is as cheap as a hash probe (in-memory hash indexes), so that switch never pays.
    /// </summary>
    int SeekCostInQuads => 0;
}
