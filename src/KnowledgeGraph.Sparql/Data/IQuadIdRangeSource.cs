using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// An optional capability of an <see cref="IQuadIdSource"/>: the quads of one predicate whose object lies in a value
/// range, read in value order from an ordered structure instead of matching every quad of the predicate. The engine
/// uses it for a BGP's first pattern when a FILTER bounds that pattern's object (see
/// <see cref="Optimizer.RangeRestriction"/>); the FILTER stays, so a source may return more than the range admits,
/// never less (<see cref="ObjectRange"/>).
/// </summary>
public interface IQuadIdRangeSource
{
    /// <summary>
    /// The quads with predicate <paramref name="predicate"/> in <paramref name="graph"/> (the convention of
    /// <see cref="IQuadIdSource.Match"/>) whose object may be in <paramref name="range"/>; null when this source cannot
    /// answer this graph by range (the engine then matches the predicate).
    /// </summary>
    IEnumerable<QuadIds>? MatchRange(long predicate, ObjectRange range, long? graph);

    /// <summary>About how many quads <see cref="MatchRange"/> returns over all graphs; null when it cannot say.</summary>
    long? EstimateRange(Iri predicate, ObjectRange range);
}
