using System.Runtime.InteropServices;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>The buffered operations of a write transaction: the last operation on a quad wins.</summary>
internal sealed class PendingChanges
{
    private readonly Dictionary<EncodedQuad, bool> _ops = [];

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
        var list = new List<KeyChange>(_ops.Count);
        foreach (var (q, insert) in _ops)
        {
            if (q.Graph.IsDefaultGraph == triple)
            {
                list.Add(new KeyChange(IndexLayout.ToKey(index, q), insert));
            }
        }

        var array = list.ToArray();
        Array.Sort(array, default(KeyChangeComparer));
        return array;
    }

    public IEnumerable<(EncodedQuad Quad, bool Insert)> All => _ops.Select(kv => (kv.Key, kv.Value));

    public void Clear() => _ops.Clear();

    /// <summary>Sorts changes already in one index's key order (used by other indexes once the first has filtered them).</summary>
    public static KeyChange[] Reorder(IReadOnlyList<(EncodedQuad Quad, bool Insert)> changes, IndexId index, bool tripleIndex)
    {
        var list = new List<KeyChange>(changes.Count);
        foreach (var (q, insert) in changes)
        {
            if (q.Graph.IsDefaultGraph == tripleIndex)
            {
                list.Add(new KeyChange(IndexLayout.ToKey(index, q), insert));
            }
        }

        var span = CollectionsMarshal.AsSpan(list);
        span.Sort(default(KeyChangeComparer));
        return list.ToArray();
    }
}
