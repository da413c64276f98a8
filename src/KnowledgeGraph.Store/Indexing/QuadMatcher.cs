using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>Answers quad patterns from the nine indexes of any backend: picks the index, scans, rebuilds quads.</summary>
internal static class QuadMatcher
{
    /// <summary>Counting more than this many keys one by one is left to an estimate (backends that count by walking).</summary>
    public const long CountCap = 100_000;

    public static IEnumerable<EncodedQuad> Match(IIndexSource source, QuadPattern pattern, bool unionDefaultGraph)
    {
        var (family, bound) = IndexLayout.Plan(pattern);
        if (pattern.Graph is { } g && !g.IsDefaultGraph)
        {
            var index = IndexId.Gspo + family;
            foreach (var key in source.Scan(index, IndexLayout.PrefixKey(index, pattern, bound + 1), bound + 1))
            {
                yield return IndexLayout.FromKey(index, key);
            }

            yield break;
        }

        var triples = IndexId.Spo + family;
        foreach (var key in source.Scan(triples, IndexLayout.PrefixKey(triples, pattern, bound), bound))
        {
            yield return IndexLayout.FromKey(triples, key);
        }

        if (pattern.Graph is not null && !unionDefaultGraph)
        {
            yield break;
        }

        var named = IndexId.Spog + family;
        var dedupe = pattern.Graph is not null;
        Key4 previous = default;
        var first = true;
        foreach (var key in source.Scan(named, IndexLayout.PrefixKey(named, pattern, bound), bound))
        {
            var quad = IndexLayout.FromKey(named, key);
            if (!dedupe)
            {
                yield return quad;
                continue;
            }

            // Union default graph: a triple in several graphs comes once. G is last in this index, so copies
            // from several named graphs are neighbours; copies in the default graph were already returned.
            if (!first && key.HasPrefix(previous, 3))
            {
                continue;
            }

            first = false;
            previous = key;
            var triple = quad with { Graph = TermId.DefaultGraph };
            if (!source.Contains(IndexId.Spo, IndexLayout.ToKey(IndexId.Spo, triple)))
            {
                yield return triple;
            }
        }
    }

    public static CardinalityEstimate Estimate(IIndexSource source, QuadPattern pattern, bool unionDefaultGraph)
    {
        var (family, bound) = IndexLayout.Plan(pattern);
        if (pattern.Graph is { } g && !g.IsDefaultGraph)
        {
            var index = IndexId.Gspo + family;
            return source.Count(index, IndexLayout.PrefixKey(index, pattern, bound + 1), bound + 1, CountCap);
        }

        var triples = IndexId.Spo + family;
        var inDefault = source.Count(triples, IndexLayout.PrefixKey(triples, pattern, bound), bound, CountCap);
        if (pattern.Graph is not null && !unionDefaultGraph)
        {
            return inDefault;
        }

        var named = IndexId.Spog + family;
        var inNamed = source.Count(named, IndexLayout.PrefixKey(named, pattern, bound), bound, CountCap);
        var exact = inDefault.IsExact && inNamed.IsExact && (pattern.Graph is null || inNamed.Count == 0);
        return new CardinalityEstimate(inDefault.Count + inNamed.Count, exact);
    }
}
