namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Equality of id rows (group keys, DISTINCT rows on ids).</summary>
internal sealed class IdKeyComparer : IEqualityComparer<long[]>
{
    public static IdKeyComparer Instance { get; } = new();

    public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(long[] obj)
    {
        var hash = new HashCode();
        foreach (var id in obj)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }
}
