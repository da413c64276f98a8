using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// The statistics of a store that was empty and received only inserts (a bulk load into a new store), read
/// straight off the sorted, distinct changes of each index: counts are run lengths, distinct subjects and
/// objects are distinct leading components. This replaces <see cref="StatisticsUpdate"/>'s per-quad bookkeeping
/// (several hash-table updates per quad) with a few sequential passes.
/// </summary>
internal static class FreshStatistics
{
    public static StoreStatistics From(KeyChange[][] sorted)
    {
        var spo = sorted[(int)IndexId.Spo];
        var spog = sorted[(int)IndexId.Spog];
        var perPredicate = new Dictionary<TermId, long>();
        CountRuns(sorted[(int)IndexId.Pos], perPredicate);
        CountRuns(sorted[(int)IndexId.Posg], perPredicate);
        var perGraph = new Dictionary<TermId, long>();
        if (spo.Length > 0)
        {
            perGraph[TermId.DefaultGraph] = spo.Length;
        }

        CountRuns(sorted[(int)IndexId.Gspo], perGraph);
        return new StoreStatistics(
            spo.Length + spog.Length,
            DistinctFirst(spo, spog),
            DistinctFirst(sorted[(int)IndexId.Osp], sorted[(int)IndexId.Ospg]),
            perPredicate.ToImmutableDictionary(),
            perGraph.ToImmutableDictionary());
    }

    /// <summary>Adds the length of each run of equal first components.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountRuns(KeyChange[] keys, Dictionary<TermId, long> counts)
    {
        var i = 0;
        while (i < keys.Length)
        {
            var first = keys[i].Key.A;
            var start = i;
            while (i < keys.Length && keys[i].Key.A == first)
            {
                i++;
            }

            CollectionsMarshalAdd(counts, new TermId(first), i - start);
        }
    }

    private static void CollectionsMarshalAdd(Dictionary<TermId, long> counts, TermId key, long n) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += n;

    /// <summary>How many distinct first components the two sorted lists have together (a merge walk).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long DistinctFirst(KeyChange[] x, KeyChange[] y)
    {
        long distinct = 0;
        int i = 0, j = 0;
        var any = false;
        ulong last = 0;
        while (i < x.Length || j < y.Length)
        {
            ulong next;
            if (j >= y.Length || (i < x.Length && x[i].Key.A <= y[j].Key.A))
            {
                next = x[i++].Key.A;
            }
            else
            {
                next = y[j++].Key.A;
            }

            if (!any || next != last)
            {
                distinct++;
                last = next;
                any = true;
            }
        }

        return distinct;
    }
}
