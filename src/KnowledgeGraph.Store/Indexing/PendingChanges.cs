using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>The buffered operations of a write transaction: the last operation on a quad wins.</summary>
internal sealed class PendingChanges
{
    private readonly Dictionary<EncodedQuad, bool> _ops = new(EncodedQuadComparer.Instance);

    public int Count => _ops.Count;

    public void Set(in EncodedQuad quad, bool insert)
    {
        if (quad.Subject.Tag is not (TermIdTag.Iri or TermIdTag.BlankNode) || quad.Predicate.Tag != TermIdTag.Iri || quad.Obj.IsDefaultGraph
            || !(quad.Graph.IsDefaultGraph || quad.Graph.Tag is TermIdTag.Iri or TermIdTag.BlankNode))
        {
            throw new ArgumentException($"Not a valid quad: subject {quad.Subject}, predicate {quad.Predicate}, object {quad.Obj}, graph {quad.Graph}.", nameof(quad));
        }

        _ops[quad] = insert;
    }

    /// <summary>The changes for one index, as sorted keys; default-graph quads go to triple indexes, the others to quad indexes.</summary>
    public KeyChange[] ForIndex(IndexId index)
    {
        var triple = IndexLayout.IsTripleIndex(index);
        var count = 0;
        foreach (var q in _ops.Keys)
        {
            count += q.Graph.IsDefaultGraph == triple ? 1 : 0;
        }

        var array = new KeyChange[count];
        var at = 0;
        foreach (var (q, insert) in _ops)
        {
            if (q.Graph.IsDefaultGraph == triple)
            {
                array[at++] = new KeyChange(IndexLayout.ToKey(index, q), insert);
            }
        }

        array.AsSpan().Sort(default(KeyChangeComparer));
        return array;
    }

    /// <summary>Every index's sorted changes, computed on all cores (the sorts dominate a bulk commit).</summary>
    public KeyChange[][] ForAllIndexes()
    {
        var result = new KeyChange[IndexLayout.IndexCount][];
        Parallel.For(0, IndexLayout.IndexCount, i => result[i] = ForIndex((IndexId)i));
        return result;
    }

    /// <summary>The operations minus those that turned out to change nothing.</summary>
    public List<(EncodedQuad Quad, bool Insert)> Effective(HashSet<EncodedQuad> ineffective)
    {
        var list = new List<(EncodedQuad Quad, bool Insert)>(_ops.Count - ineffective.Count);
        foreach (var (q, insert) in _ops)
        {
            if (ineffective.Count == 0 || !ineffective.Contains(q))
            {
                list.Add((q, insert));
            }
        }

        return list;
    }

    public void Clear() => _ops.Clear();

    public static HashSet<EncodedQuad> NewQuadSet() => new(EncodedQuadComparer.Instance);

    /// <summary>Sorted changes without those that change nothing, order kept.</summary>
    public static KeyChange[] Without(KeyChange[] sorted, IndexId index, HashSet<EncodedQuad> ineffective)
    {
        if (ineffective.Count == 0)
        {
            return sorted;
        }

        var list = new List<KeyChange>(sorted.Length);
        foreach (var c in sorted)
        {
            if (!ineffective.Contains(IndexLayout.FromKey(index, c.Key)))
            {
                list.Add(c);
            }
        }

        return list.ToArray();
    }
}

/// <summary>Equality on the four raw ids, with a cheap multiplicative hash (the default record equality goes through four comparers).</summary>
internal sealed class EncodedQuadComparer : IEqualityComparer<EncodedQuad>
{
    public static readonly EncodedQuadComparer Instance = new();

    public bool Equals(EncodedQuad x, EncodedQuad y) =>
        x.Subject.Value == y.Subject.Value && x.Predicate.Value == y.Predicate.Value && x.Obj.Value == y.Obj.Value && x.Graph.Value == y.Graph.Value;

    public int GetHashCode(EncodedQuad q)
    {
        var h = (q.Subject.Value * 0x9E3779B97F4A7C15UL) ^ (q.Predicate.Value * 0xC2B2AE3D27D4EB4FUL) ^ (q.Obj.Value * 0x165667B19E3779F9UL) ^ (q.Graph.Value * 0x27D4EB2F165667C5UL);
        return (int)(h ^ (h >> 32));
    }
}
