using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// Range matches for the in-memory source: per predicate and value space, the quads whose object has a key in that
/// space (<see cref="RangeKeys"/>), sorted by key, built on first use and dropped when a quad is added; a range is two
/// binary searches and a walk between them. Queries may share the source, so the lazily built arrays live in a
/// concurrent dictionary (two queries may both sort the same array once; either result is the same).
/// </summary>
public sealed partial class InMemoryQuadSource : IQuadIdRangeSource
{
    private readonly ConcurrentDictionary<(long Predicate, RangeSpace Space), Sorted> _sorted = new();

    /// <summary>Whether any array was built: adding a quad (a million times in a load) then costs one read, not a Clear.</summary>
    private volatile bool _anySorted;

    IEnumerable<QuadIds>? IQuadIdRangeSource.MatchRange(long predicate, ObjectRange range, long? graph)
    {
        ArgumentNullException.ThrowIfNull(range);
        var sorted = SortedFor(predicate, range.Space);
        var (from, to) = sorted.Span(range);
        return Walk(sorted, from, to, graph);
    }

    long? IQuadIdRangeSource.EstimateRange(Iri predicate, ObjectRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!_ids.TryGetValue(predicate, out var p))
        {
            return 0;
        }

        var (from, to) = SortedFor(p, range.Space).Span(range);
        return to - from;
    }

    /// <summary>Called on every change: the sorted arrays describe the quads as they were.</summary>
    private void DropSortedRanges()
    {
        if (_anySorted)
        {
            _anySorted = false;
            _sorted.Clear();
        }
    }

    private static IEnumerable<QuadIds> Walk(Sorted sorted, int from, int to, long? graph)
    {
        for (var i = from; i < to; i++)
        {
            var quad = sorted.Quads[i];
            if (graph is null || quad.Graph == graph)
            {
                yield return quad;
            }
        }
    }

    private Sorted SortedFor(long predicate, RangeSpace space)
    {
        if (_sorted.TryGetValue((predicate, space), out var known))
        {
            return known;
        }

        var keys = new List<RangeKey>();
        var quads = new List<QuadIds>();
        if (_byPredicate.TryGetValue(predicate, out var all))
        {
            foreach (var quad in all)
            {
                if (RangeKeys.TryKey(_terms[(int)quad.Obj], space, out var key))
                {
                    keys.Add(key);
                    quads.Add(quad);
                }
            }
        }

        var keyArray = keys.ToArray();
        var quadArray = quads.ToArray();
        Array.Sort(keyArray, quadArray);
        _anySorted = true;
        return _sorted.GetOrAdd((predicate, space), new Sorted(keyArray, quadArray));
    }

    private sealed record Sorted(RangeKey[] Keys, QuadIds[] Quads)
    {
        /// <summary>The index interval [from, to) of the keys inside the range's widened key bounds.</summary>
        public (int From, int To) Span(ObjectRange range)
        {
            var (low, high) = RangeKeys.Bounds(range);
            var from = low is { } l ? FirstNotBelow(l) : 0;
            var to = high is { } h ? FirstAbove(h) : Keys.Length;
            return (from, Math.Max(from, to));
        }

        private int FirstNotBelow(RangeKey bound)
        {
            int lo = 0, hi = Keys.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Keys[mid].CompareTo(bound) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private int FirstAbove(RangeKey bound)
        {
            int lo = 0, hi = Keys.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Keys[mid].CompareTo(bound) <= 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
