using System.Runtime.InteropServices;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Maintenance;

/// <summary>
/// Verifies a store: the three triple indexes hold the same triples and the six quad indexes the same quads
/// (each re-sorted into the first one's order and compared in one pass), every id in them decodes and maps
/// back to itself through the dictionary (recorded empty graphs too), and the statistics match a recount.
/// </summary>
public static class StoreChecker
{
    public static IReadOnlyList<string> Check(IQuadStore store, int maxProblems = 50)
    {
        var problems = new List<string>();
        using var snapshot = store.OpenSnapshot();
        var source = (IIndexSource)snapshot;
        CompareFamily(source, [IndexId.Spo, IndexId.Pos, IndexId.Osp], problems, maxProblems);
        CompareFamily(source, [IndexId.Spog, IndexId.Posg, IndexId.Ospg, IndexId.Gspo, IndexId.Gpos, IndexId.Gosp], problems, maxProblems);
        CheckDictionaryAndStatistics(snapshot, source, problems, maxProblems);
        return problems;
    }

    private static void CompareFamily(IIndexSource source, IndexId[] family, List<string> problems, int max)
    {
        var reference = family[0];
        var expected = source.Scan(reference, default, 0).ToList();
        for (var i = 1; i < expected.Count; i++)
        {
            if (expected[i - 1].CompareTo(expected[i]) >= 0)
            {
                Add(problems, max, $"index {reference} is not strictly sorted at entry {i}");
                break;
            }
        }

        foreach (var other in family.Skip(1))
        {
            var keys = source.Scan(other, default, 0).Select(k => IndexLayout.ToKey(reference, IndexLayout.FromKey(other, k))).ToList();
            CollectionsMarshal.AsSpan(keys).Sort(default(Key4Comparer));
            int a = 0, b = 0;
            while (a < expected.Count || b < keys.Count)
            {
                var c = a == expected.Count ? 1 : b == keys.Count ? -1 : expected[a].CompareTo(keys[b]);
                if (c == 0)
                {
                    a++;
                    b++;
                    continue;
                }

                var (missing, key) = c < 0 ? (other, expected[a++]) : (reference, keys[b++]);
                var present = missing == other ? reference : other;
                if (!Add(problems, max, $"quad {Describe(IndexLayout.FromKey(reference, key))} is in index {present} but not in {missing}"))
                {
                    return;
                }
            }
        }
    }

    private static void CheckDictionaryAndStatistics(IStoreSnapshot snapshot, IIndexSource source, List<string> problems, int max)
    {
        var seen = new HashSet<ulong>();
        var predicates = new Dictionary<TermId, long>();
        var graphs = new Dictionary<TermId, long>();
        var subjects = new HashSet<ulong>();
        var objects = new HashSet<ulong>();
        long total = 0;
        foreach (var index in new[] { IndexId.Spo, IndexId.Spog })
        {
            foreach (var key in source.Scan(index, default, 0))
            {
                var q = IndexLayout.FromKey(index, key);
                total++;
                predicates[q.Predicate] = predicates.GetValueOrDefault(q.Predicate) + 1;
                graphs[q.Graph] = graphs.GetValueOrDefault(q.Graph) + 1;
                subjects.Add(q.Subject.Value);
                objects.Add(q.Obj.Value);
                foreach (var id in new[] { q.Subject, q.Predicate, q.Obj, q.Graph })
                {
                    if (seen.Add(id.Value) && !CheckId(snapshot, id, problems, max))
                    {
                        return;
                    }
                }
            }
        }

        foreach (var graph in snapshot.CreatedGraphs)
        {
            if (graph.Tag is not (TermIdTag.Iri or TermIdTag.BlankNode))
            {
                Add(problems, max, $"the recorded graph {graph} is not an IRI or a blank node");
            }
            else if (seen.Add(graph.Value) && !CheckId(snapshot, graph, problems, max))
            {
                return;
            }
        }

        var stats = snapshot.Statistics;
        if (stats.QuadCount != total || stats.DistinctSubjects != subjects.Count || stats.DistinctObjects != objects.Count)
        {
            Add(problems, max, $"statistics say {stats.QuadCount} quads, {stats.DistinctSubjects} subjects, {stats.DistinctObjects} objects; the indexes hold {total}, {subjects.Count}, {objects.Count}");
        }

        if (!SameCounts(stats.PerPredicate, predicates) || !SameCounts(stats.PerGraph, graphs))
        {
            Add(problems, max, "per-predicate or per-graph statistics differ from a recount of the indexes");
        }
    }

    private static bool CheckId(IStoreSnapshot snapshot, TermId id, List<string> problems, int max)
    {
        try
        {
            var term = snapshot.Decode(id);
            if (!snapshot.TryGetId(term, out var back) || back != id)
            {
                return Add(problems, max, $"id {id} decodes to {term}, which the dictionary maps to {(snapshot.TryGetId(term, out var b) ? b.ToString() : "nothing")}");
            }
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidDataException or ArgumentException or System.Text.DecoderFallbackException)
        {
            return Add(problems, max, $"dangling id {id}: {e.Message}");
        }

        return true;
    }

    private static bool SameCounts(IReadOnlyDictionary<TermId, long> a, Dictionary<TermId, long> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var n) && n == kv.Value);

    private static string Describe(EncodedQuad q) => $"({q.Subject} {q.Predicate} {q.Obj} {q.Graph})";

    /// <summary>Adds a problem; false once the list is full.</summary>
    private static bool Add(List<string> problems, int max, string problem)
    {
        if (problems.Count < max)
        {
            problems.Add(problem);
        }

        return problems.Count < max;
    }
}
