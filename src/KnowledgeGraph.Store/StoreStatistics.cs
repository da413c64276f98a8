using System.Collections.Immutable;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// Statistics for the optimizer, exact as of a commit: quads in total, per predicate and per graph
/// (the default graph under <see cref="TermId.DefaultGraph"/>), and distinct subjects and objects over all graphs.
/// </summary>
public sealed record StoreStatistics(
    long QuadCount,
    long DistinctSubjects,
    long DistinctObjects,
    ImmutableDictionary<TermId, long> PerPredicate,
    ImmutableDictionary<TermId, long> PerGraph)
{
    public static StoreStatistics Empty { get; } = new(0, 0, 0, ImmutableDictionary<TermId, long>.Empty, ImmutableDictionary<TermId, long>.Empty);
}
