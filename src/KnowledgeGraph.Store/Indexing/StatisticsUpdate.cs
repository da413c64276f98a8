using System.Collections.Immutable;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// Brings <see cref="StoreStatistics"/> up to date with the quads a commit really inserted and deleted.
/// Per-predicate and per-graph counts follow from the changes alone; distinct subjects and objects need to
/// know, for each one touched, whether it had a quad before the commit and has one after. Backends that
/// overwrite state in place (LMDB) answer the "before" question in <see cref="Prepare"/>, before writing.
/// </summary>
internal sealed class StatisticsUpdate
{
    private readonly StoreStatistics _old;
    private readonly IReadOnlyList<(EncodedQuad Quad, bool Insert)> _changes;
    private readonly Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> _subjects = [];
    private readonly Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> _objects = [];

    public StatisticsUpdate(StoreStatistics old, IReadOnlyList<(EncodedQuad Quad, bool Insert)> changes)
    {
        _old = old;
        _changes = changes;
    }

    /// <summary>Records which touched subjects and objects existed before; the functions see the old state.</summary>
    public void Prepare(Func<ulong, bool> subjectExisted, Func<ulong, bool> objectExisted)
    {
        foreach (var (q, insert) in _changes)
        {
            Touch(_subjects, q.Subject.Value, insert);
            Touch(_objects, q.Obj.Value, insert);
        }

        var empty = _old.QuadCount == 0;
        Resolve(_subjects, empty ? null : subjectExisted);
        Resolve(_objects, empty ? null : objectExisted);
    }

    /// <summary>The new statistics; the functions see the new state.</summary>
    public StoreStatistics Finish(Func<ulong, bool> subjectExists, Func<ulong, bool> objectExists)
    {
        var perPredicate = _old.PerPredicate.ToBuilder();
        var perGraph = _old.PerGraph.ToBuilder();
        var total = _old.QuadCount;
        foreach (var (q, insert) in _changes)
        {
            var d = insert ? 1 : -1;
            total += d;
            Add(perPredicate, q.Predicate, d);
            Add(perGraph, q.Graph, d);
        }

        return new StoreStatistics(
            total,
            _old.DistinctSubjects + Delta(_subjects, subjectExists),
            _old.DistinctObjects + Delta(_objects, objectExists),
            perPredicate.ToImmutable(),
            perGraph.ToImmutable());
    }

    private static void Touch(Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> map, ulong id, bool insert)
    {
        map.TryGetValue(id, out var state);
        map[id] = insert ? state with { Inserted = true } : state with { Deleted = true };
    }

    private static void Resolve(Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> map, Func<ulong, bool>? existed)
    {
        foreach (var id in map.Keys.ToList())
        {
            var state = map[id];

            // A quad deleted for real existed; in an empty store nothing did.
            var before = state.Deleted || (existed is not null && existed(id));
            map[id] = state with { Before = before };
        }
    }

    private static long Delta(Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> map, Func<ulong, bool> exists)
    {
        long delta = 0;
        foreach (var (id, state) in map)
        {
            var after = state.Inserted || exists(id);
            delta += (after ? 1 : 0) - (state.Before ? 1 : 0);
        }

        return delta;
    }

    private static void Add(ImmutableDictionary<TermId, long>.Builder map, TermId key, int delta)
    {
        map.TryGetValue(key, out var n);
        n += delta;
        if (n == 0)
        {
            map.Remove(key);
        }
        else
        {
            map[key] = n;
        }
    }
}
