using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// All id quads of one triple pattern (its constants applied, its variables free), read with one scan and hashed on
/// whichever positions a probe binds: the build side of a hash join between the BGP's earlier patterns and this one.
/// Used instead of one index seek per probe when seeks are dear (LMDB) and the pattern is small next to the number
/// of probes (see <see cref="BgpIdLoop"/>).
/// </summary>
internal sealed class PatternTable
{
    private readonly List<QuadIds> _all;
    private readonly Dictionary<(long S, long P, long O), List<QuadIds>>?[] _byMask = new Dictionary<(long, long, long), List<QuadIds>>?[8];

    private PatternTable(List<QuadIds> all)
    {
        _all = all;
    }

    public int Count => _all.Count;

    public static PatternTable Build(IEnumerable<QuadIds> quads, ExecutionContext context)
    {
        var all = new List<QuadIds>();
        foreach (var quad in quads)
        {
            context.Tick();
            all.Add(quad);
            context.CheckLimit(all.Count, "A pattern's hash table");
        }

        return new PatternTable(all);
    }

    /// <summary>The quads agreeing with the bound positions (0 = unbound); the index for a set of positions is built on first use.</summary>
    public List<QuadIds> Probe(long s, long p, long o)
    {
        var mask = (s != 0 ? 1 : 0) | (p != 0 ? 2 : 0) | (o != 0 ? 4 : 0);
        if (mask == 0)
        {
            return _all;
        }

        var index = _byMask[mask];
        if (index is null)
        {
            index = [];
            foreach (var q in _all)
            {
                var key = KeyOf(mask, q.Subject, q.Predicate, q.Obj);
                if (!index.TryGetValue(key, out var bucket))
                {
                    bucket = [];
                    index.Add(key, bucket);
                }

                bucket.Add(q);
            }

            _byMask[mask] = index;
        }

        return index.TryGetValue(KeyOf(mask, s, p, o), out var found) ? found : [];
    }

    private static (long, long, long) KeyOf(int mask, long s, long p, long o) =>
        ((mask & 1) != 0 ? s : 0, (mask & 2) != 0 ? p : 0, (mask & 4) != 0 ? o : 0);
}
