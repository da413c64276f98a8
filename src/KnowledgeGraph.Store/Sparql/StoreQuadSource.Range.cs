using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// Range matches over the store's order-preserving inline ids (<see cref="TermIdTag"/>): canonical integers, dates
/// and dateTimes are ids whose payload order is the value order (a date's payload is its day number shifted left
/// once, the low bit the "Z" flag, so both forms of a day are neighbours), and the P-first indexes keep one
/// predicate's objects in id order. A range becomes an interval of payloads; a short interval (dates, integers: at
/// most <see cref="MaxEnumeratedIds"/> ids) is read with one exact seek per id, a longer one by walking the predicate's
/// objects in order up to the interval's end. Literals outside the inline forms (other timezones, decimals, doubles,
/// long strings, ill-typed values: dictionary ids, which sort before every inline id) are always returned, since the
/// store cannot order them without decoding; the FILTER above decides. IRIs and blank nodes never compare, so are skipped.
/// </summary>
public sealed partial class StoreQuadSource : IQuadIdRangeSource
{
    /// <summary>Payload intervals up to this many ids are read by exact seeks instead of an ordered walk.</summary>
    private const int MaxEnumeratedIds = 4096;

    /// <summary>Estimates count at most this many quads (the optimizer only needs to know a range is large).</summary>
    private const long EstimateCap = 50_000;

    /// <summary>Days from 1970-01-01 (XSD's calendar arithmetic) back to 0001-01-01 (the inline ids' origin).</summary>
    private static readonly long InlineEpochDays = XsdCalendar.DaysFromCivil(1, 1, 1);

    private readonly Dictionary<(Iri Predicate, ObjectRange Range), long?> _rangeEstimates = [];

    IEnumerable<QuadIds>? IQuadIdRangeSource.MatchRange(long predicate, ObjectRange range, long? graph)
    {
        ArgumentNullException.ThrowIfNull(range);

        // The walk relies on one index's order: one graph, not the union default graph (two index runs).
        if (graph is not { } g || (g == 0 && _snapshot.UnionDefaultGraph))
        {
            return null;
        }

        return Candidates(new TermId((ulong)predicate), range, new TermId((ulong)g), long.MaxValue, new ReadCount())
            .Select(q => new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value));
    }

    /// <summary>
    /// What reading the range costs in the default graph, in quads, up to a cap: for a range read by seeks, the quads
    /// it returns (counted by running it: a few hundred seeks for half a year of dates); for one that needs a walk, the
    /// predicate's size from the statistics (the walk starts at the predicate's first object and may read all of them,
    /// and counting would cost that walk in every query). Only when the default graph is every graph (no named graphs,
    /// no union default graph), else null (the optimizer then does not prefer the range).
    /// </summary>
    long? IQuadIdRangeSource.EstimateRange(Iri predicate, ObjectRange range)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(range);
        if (_rangeEstimates.TryGetValue((predicate, range), out var known))
        {
            return known;
        }

        if (_snapshot.UnionDefaultGraph || _snapshot.NamedGraphs.Count > 0)
        {
            known = null;
        }
        else if (!TryId(predicate, out var p))
        {
            known = 0;
        }
        else
        {
            if (IsEnumerable(Intervals(range)))
            {
                var read = new ReadCount();
                foreach (var _ in Candidates(p!.Value, range, TermId.DefaultGraph, EstimateCap, read))
                {
                }

                known = Math.Min(read.Quads, EstimateCap);
            }
            else
            {
                known = _snapshot.Statistics.PerPredicate.GetValueOrDefault(p!.Value);
            }
        }

        _rangeEstimates[(predicate, range)] = known;
        return known;
    }

    /// <summary>The candidate quads; stops after <paramref name="cap"/> quads read (returned or walked past).</summary>
    private IEnumerable<EncodedQuad> Candidates(TermId predicate, ObjectRange range, TermId graph, long cap, ReadCount read)
    {
        var intervals = Intervals(range);
        var (low, high) = RangeKeys.Bounds(range);
        var enumerate = IsEnumerable(intervals);
        foreach (var quad in _snapshot.Match(new QuadPattern(null, predicate, null, graph)))
        {
            var o = quad.Obj;
            // Past the dictionary literals an enumerable interval is read by seeks (below); otherwise the walk goes on.
            if (enumerate && o.Tag > TermIdTag.Literal)
            {
                break;
            }

            if (++read.Quads > cap)
            {
                yield break;
            }

            if (o.Tag < TermIdTag.Literal)
            {
                continue;
            }

            if (o.Tag == TermIdTag.Literal)
            {
                yield return quad;
                continue;
            }

            if (intervals.All(i => o.Tag > i.Tag || (o.Tag == i.Tag && o.Payload > i.High)))
            {
                yield break;
            }

            if (intervals.Any(i => o.Tag == i.Tag && o.Payload >= i.Low && o.Payload <= i.High) && Admits(o, low, high))
            {
                yield return quad;
            }
        }

        if (!enumerate)
        {
            yield break;
        }

        foreach (var interval in intervals)
        {
            for (var payload = interval.Low; payload <= interval.High; payload++)
            {
                foreach (var quad in _snapshot.Match(new QuadPattern(null, predicate, TermId.Create(interval.Tag, payload), graph)))
                {
                    if (++read.Quads > cap)
                    {
                        yield break;
                    }

                    yield return quad;
                }
            }
        }
    }

    /// <summary>Whether every interval is short enough to read by one seek per id (short strings never: their payloads are bytes).</summary>
    private static bool IsEnumerable(List<(TermIdTag Tag, ulong Low, ulong High)> intervals) =>
        intervals.All(i => i.Tag != TermIdTag.ShortString && i.High - i.Low < MaxEnumeratedIds);

    /// <summary>A short string is checked against the bounds by its value (decoding an inline id needs no dictionary).</summary>
    private static bool Admits(TermId id, RangeKey? low, RangeKey? high) =>
        id.Tag != TermIdTag.ShortString
        || (RangeKeys.TryKey(InlineValues.Decode(id), RangeSpace.String, out var key)
            && (low is not { } l || key.CompareTo(l) >= 0) && (high is not { } h || key.CompareTo(h) <= 0));

    /// <summary>The inclusive payload interval of each inline tag whose values the range may admit.</summary>
    private static List<(TermIdTag Tag, ulong Low, ulong High)> Intervals(ObjectRange range)
    {
        var (low, high) = RangeKeys.Bounds(range);
        var intervals = new List<(TermIdTag, ulong, ulong)>();
        switch (range.Space)
        {
            case RangeSpace.Numeric:
                {
                    // The bound went through a double, which may have rounded it either way: widen by more than that.
                    var lo = low is { } l ? Math.Floor(l.Number - 1 - (Math.Abs(l.Number) * 1e-15)) : double.NegativeInfinity;
                    var hi = high is { } h ? Math.Ceiling(h.Number + 1 + (Math.Abs(h.Number) * 1e-15)) : double.PositiveInfinity;
                    var bias = (double)InlineValues.IntegerBias;
                    var first = lo <= -bias ? 0UL : (ulong)((long)lo + InlineValues.IntegerBias);
                    var last = hi >= bias ? TermId.PayloadMask : (ulong)((long)hi + InlineValues.IntegerBias);
                    if (hi >= -bias && lo < bias && first <= last)
                    {
                        intervals.Add((TermIdTag.Integer, first, last));
                    }

                    break;
                }

            case RangeSpace.String:
                intervals.Add((TermIdTag.ShortString, 0, TermId.PayloadMask));
                break;
            default:
                {
                    if (range.Space is RangeSpace.Date or RangeSpace.LocalDateOrDateTime)
                    {
                        // Payload = day number << 1 | Z flag: the interval covers both flags of its first and last day.
                        var lo = low is { } l ? (Math.Floor(l.Number / 86_400) - InlineEpochDays) * 2 : double.NegativeInfinity;
                        var hi = high is { } h ? ((Math.Floor(h.Number / 86_400) - InlineEpochDays) * 2) + 1 : double.PositiveInfinity;
                        Add(TermIdTag.Date, lo, hi, TermId.PayloadMask);
                    }

                    if (range.Space is RangeSpace.DateTime or RangeSpace.LocalDateOrDateTime)
                    {
                        // Payload = microseconds since 0001-01-01 << 1 | Z flag.
                        const double microsecondsPerSecond = 1_000_000;
                        var lo = low is { } l ? Math.Floor((l.Number - (InlineEpochDays * 86_400.0)) * microsecondsPerSecond) * 2 : double.NegativeInfinity;
                        var hi = high is { } h ? (Math.Ceiling((h.Number - (InlineEpochDays * 86_400.0)) * microsecondsPerSecond) * 2) + 1 : double.PositiveInfinity;
                        Add(TermIdTag.DateTime, lo, hi, TermId.PayloadMask);
                    }

                    break;
                }
        }

        return intervals;

        // Clamped to the payloads the tag can hold; an empty interval is left out.
        void Add(TermIdTag tag, double lo, double hi, double max)
        {
            lo = Math.Max(0, lo);
            hi = Math.Min(max, hi);
            if (lo <= hi)
            {
                intervals.Add((tag, (ulong)lo, hi >= max ? (ulong)max : (ulong)hi));
            }
        }
    }

    /// <summary>Quads read by one candidate enumeration (returned, or walked past).</summary>
    private sealed class ReadCount
    {
        public long Quads { get; set; }
    }
}
