namespace KnowledgeGraph.Store.Indexing;

/// <summary>What a backend's snapshot offers the shared matcher: prefix scans, counts and point lookups in one index.</summary>
internal interface IIndexSource
{
    /// <summary>The keys starting with the first <paramref name="length"/> components of <paramref name="prefix"/>, in key order.</summary>
    IEnumerable<Key4> Scan(IndexId index, Key4 prefix, int length);

    /// <summary>How many keys have the prefix; exact, or an estimate when counting would cost more than <paramref name="cap"/> steps.</summary>
    CardinalityEstimate Count(IndexId index, Key4 prefix, int length, long cap);

    bool Contains(IndexId index, Key4 key);
}
