using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public StoreStatistics Finish(Func<ulong, bool> subjectExists, Func<ulong, bool> objectExists)
    {
        // Sum the changes in plain dictionaries first: a million updates of an immutable builder would cost seconds.
        var predicateDeltas = new Dictionary<TermId, long>();
        var graphDeltas = new Dictionary<TermId, long>();
        var total = _old.QuadCount;
        foreach (var (q, insert) in _changes)
        {
            var d = insert ? 1 : -1;
            total += d;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(predicateDeltas, q.Predicate, out _) += d;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(graphDeltas, q.Graph, out _) += d;
        }

        var perPredicate = _old.PerPredicate.ToBuilder();
        var perGraph = _old.PerGraph.ToBuilder();
        foreach (var (id, d) in predicateDeltas)
        {
            Add(perPredicate, id, d);
        }

        foreach (var (id, d) in graphDeltas)
        {
            Add(perGraph, id, d);
        }

        return new StoreStatistics(
            total,
            _old.DistinctSubjects + Delta(_subjects, subjectExists),
            _old.DistinctObjects + Delta(_objects, objectExists),
            perPredicate.ToImmutable(),
            perGraph.ToImmutable());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Touch(Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> map, ulong id, bool insert)
    {
        ref var state = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, id, out _);
        if (insert)
        {
            state.Inserted = true;
        }
        else
        {
            state.Deleted = true;
        }
    }

    private static void Resolve(Dictionary<ulong, (bool Inserted, bool Deleted, bool Before)> map, Func<ulong, bool>? existed)
    {
        foreach (var id in map.Keys.ToList())
        {
            // A quad deleted for real existed; in an empty store nothing did.
            ref var state = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(map, id);
            state.Before = state.Deleted || (existed is not null && existed(id));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    private static void Add(ImmutableDictionary<TermId, long>.Builder map, TermId key, long delta)
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
