using System.Collections.Immutable;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// Named graphs that exist without quads. A named graph exists while it holds quads or while it is recorded:
/// CREATE GRAPH (and the update operations that create a target graph: CLEAR of an existing graph, LOAD INTO,
/// ADD/COPY/MOVE) records it, DROP forgets it. Both backends keep the records with each committed state; a
/// write transaction buffers record changes like quad changes (the last one per graph wins).
/// </summary>
internal static class GraphRecords
{
    /// <summary>Throws unless the id can name a graph (an IRI or a blank node; the default graph always exists).</summary>
    public static void Validate(TermId graph)
    {
        if (graph.Tag is not (TermIdTag.Iri or TermIdTag.BlankNode))
        {
            throw new ArgumentException($"Only an IRI or a blank node names a graph to create or drop, not {graph}.", nameof(graph));
        }
    }

    /// <summary>The records after a commit's record changes (true = create, false = drop).</summary>
    public static ImmutableHashSet<TermId> Apply(ImmutableHashSet<TermId> records, IReadOnlyDictionary<TermId, bool> changes)
    {
        if (changes.Count == 0)
        {
            return records;
        }

        var builder = records.ToBuilder();
        foreach (var (graph, create) in changes)
        {
            if (create)
            {
                builder.Add(graph);
            }
            else
            {
                builder.Remove(graph);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Every existing named graph: the recorded ones and those holding quads, each once.</summary>
    public static IReadOnlyCollection<TermId> NamedGraphs(ImmutableHashSet<TermId> records, StoreStatistics statistics)
    {
        var all = new HashSet<TermId>(records);
        foreach (var (graph, count) in statistics.PerGraph)
        {
            if (!graph.IsDefaultGraph && count > 0)
            {
                all.Add(graph);
            }
        }

        return all;
    }

    public static bool Exists(ImmutableHashSet<TermId> records, StoreStatistics statistics, TermId graph) =>
        graph.IsDefaultGraph || records.Contains(graph) || statistics.PerGraph.GetValueOrDefault(graph) > 0;
}
