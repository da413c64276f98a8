using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// An id-level view of a quad source: terms are encoded as 64-bit ids so that joins compare integers and
/// terms are decoded only for output or for functions that need their value. A store implements this
/// when its indexes are id based; the engine falls back to <see cref="IQuadSource.Match"/> otherwise.
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
}
