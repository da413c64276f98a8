using System.Runtime.CompilerServices;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// The buffered operations of a write transaction: the last operation on a quad wins. While a transaction
/// only inserts (a bulk load), the quads are appended to a plain log, repeats and all, and each index's sort
/// drops the repeats: no hash table of millions of entries. The first delete moves the log into a table
/// keyed by quad, where a later operation replaces an earlier one.
/// </summary>
internal sealed class PendingChanges
{
    private EncodedQuad[] _log = new EncodedQuad[1024];
    private int _logCount;
    private Dictionary<EncodedQuad, bool>? _ops;

    /// <summary>How many operations are buffered (while only inserting, repeats of a quad count each time).</summary>
    public int Count => _ops?.Count ?? _logCount;

    /// <summary>True while the transaction has only inserted.</summary>
    public bool InsertsOnly => _ops is null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(in EncodedQuad quad, bool insert)
    {
        if (quad.Subject.Tag is not (TermIdTag.Iri or TermIdTag.BlankNode) || quad.Predicate.Tag != TermIdTag.Iri || quad.Obj.IsDefaultGraph
            || !(quad.Graph.IsDefaultGraph || quad.Graph.Tag is TermIdTag.Iri or TermIdTag.BlankNode))
        {
            throw new ArgumentException($"Not a valid quad: subject {quad.Subject}, predicate {quad.Predicate}, object {quad.Obj}, graph {quad.Graph}.", nameof(quad));
        }

        if (_ops is null)
        {
            if (insert)
            {
                if (_logCount == _log.Length)
                {
                    Array.Resize(ref _log, Math.Max(1024, checked(_log.Length * 2)));
                }

                _log[_logCount++] = quad;
                return;
            }

            _ops = new Dictionary<EncodedQuad, bool>(_logCount, EncodedQuadComparer.Instance);
            foreach (var logged in _log.AsSpan(0, _logCount))
            {
                _ops[logged] = true;
            }

            _log = [];
            _logCount = 0;
        }

        _ops[quad] = insert;
    }

    /// <summary>The changes for one index, as sorted distinct keys; default-graph quads go to triple indexes, the others to quad indexes.</summary>
    public KeyChange[] ForIndex(IndexId index)
    {
        var triple = IndexLayout.IsTripleIndex(index);
        return _ops is null ? FromLog(index, triple) : FromTable(_ops, index, triple);
    }

    /// <summary>Every index's sorted changes, computed on all cores (the sorts dominate a bulk commit).</summary>
    public KeyChange[][] ForAllIndexes()
    {
        var result = new KeyChange[IndexLayout.IndexCount][];
        Parallel.For(0, IndexLayout.IndexCount, i => result[i] = ForIndex((IndexId)i));
        return result;
    }

    /// <summary>
    /// The operations minus those that turned out to change nothing, each quad once, read from the sorted changes
    /// of the two primary indexes (SPO holds every default-graph change, SPOG every named-graph one).
    /// </summary>
    public static List<(EncodedQuad Quad, bool Insert)> Effective(KeyChange[][] sorted, HashSet<EncodedQuad> ineffective)
    {
        var triples = sorted[(int)IndexId.Spo];
        var quads = sorted[(int)IndexId.Spog];
        var list = new List<(EncodedQuad Quad, bool Insert)>(triples.Length + quads.Length - ineffective.Count);
        foreach (var (index, changes) in new[] { (IndexId.Spo, triples), (IndexId.Spog, quads) })
        {
            foreach (var c in changes)
            {
                var q = IndexLayout.FromKey(index, c.Key);
                if (ineffective.Count == 0 || !ineffective.Contains(q))
                {
                    list.Add((q, c.Insert));
                }
            }
        }

        return list;
    }

    public void Clear()
    {
        _ops = null;
        _log = [];
        _logCount = 0;
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private KeyChange[] FromLog(IndexId index, bool triple)
    {
        var log = _log.AsSpan(0, _logCount);
        var count = 0;
        foreach (ref readonly var q in log)
        {
            count += q.Graph.IsDefaultGraph == triple ? 1 : 0;
        }

        var array = new KeyChange[count];
        var at = 0;
        var order = IndexLayout.Order(index);
        int o0 = order[0], o1 = order[1], o2 = order[2], o3 = order[3];
        foreach (ref readonly var q in log)
        {
            if (q.Graph.IsDefaultGraph == triple)
            {
                array[at++] = new KeyChange(new Key4(q[o0], q[o1], q[o2], q[o3]), true);
            }
        }

        var distinct = KeySort.SortDistinct(array);
        return distinct == array.Length ? array : array[..distinct];
    }

    private static KeyChange[] FromTable(Dictionary<EncodedQuad, bool> ops, IndexId index, bool triple)
    {
        var count = 0;
        foreach (var q in ops.Keys)
        {
            count += q.Graph.IsDefaultGraph == triple ? 1 : 0;
        }

        var array = new KeyChange[count];
        var at = 0;
        foreach (var (q, insert) in ops)
        {
            if (q.Graph.IsDefaultGraph == triple)
            {
                array[at++] = new KeyChange(IndexLayout.ToKey(index, q), insert);
            }
        }

        KeySort.Sort(array);
        return array;
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
