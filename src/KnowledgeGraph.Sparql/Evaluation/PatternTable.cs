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

    /// <summary>Per set of bound positions, the quads by key: most keys of a hashed pattern have one quad (a title per
    /// article), held inline so building the index allocates no list for them.</summary>
    private readonly object?[] _byMask = new object?[8];

    /// <summary>
    /// The positions (bits 1 = S, 2 = P, 4 = O) where every quad has the same id, usually the pattern's constants
    /// (<c>?event a ex:Attack</c>); a probe binding such a position is checked against that id once instead of hashing
    /// it into every key, so an existence check of one subject is a lookup keyed by the subject alone.
    /// </summary>
    private readonly int _uniform;

    private PatternTable(List<QuadIds> all)
    {
        _all = all;
        if (all.Count > 0)
        {
            var first = all[0];
            _uniform = 7;
            foreach (var q in all)
            {
                _uniform &= (q.Subject == first.Subject ? 1 : 0) | (q.Predicate == first.Predicate ? 2 : 0) | (q.Obj == first.Obj ? 4 : 0);
            }
        }
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

    /// <summary>
    /// The quads agreeing with the bound positions (0 = unbound); the index for a set of positions is built on first use.
    /// A key with one quad (or none) is answered in <paramref name="scratch"/> (cleared first; a new list when null), the caller's
    /// reused buffer; the other lists belong to the table: read them, do not change them.
    /// </summary>
    public List<QuadIds> Probe(long s, long p, long o, List<QuadIds>? scratch = null)
    {
        var mask = (s != 0 ? 1 : 0) | (p != 0 ? 2 : 0) | (o != 0 ? 4 : 0);
        if ((mask & _uniform) != 0)
        {
            // Bound at a position every quad shares: all of them agree there, or none does.
            var first = _all[0];
            if (((mask & _uniform & 1) != 0 && s != first.Subject) || ((mask & _uniform & 2) != 0 && p != first.Predicate)
                || ((mask & _uniform & 4) != 0 && o != first.Obj))
            {
                return Answer(false, default, scratch);
            }

            mask &= ~_uniform;
        }

        switch (mask)
        {
            case 0:
                return _all;
            case 1 or 2 or 4:
                {
                    // One bound position (the usual probe: the join variable): keyed by that id alone, cheaper to hash.
                    var index = (Dictionary<long, Bucket>)(_byMask[mask] ??= IndexOnOne(mask));
                    return Answer(index.TryGetValue(mask == 1 ? s : mask == 2 ? p : o, out var found), found, scratch);
                }

            default:
                {
                    var index = (Dictionary<(long, long, long), Bucket>)(_byMask[mask] ??= IndexOnSeveral(mask));
                    return Answer(index.TryGetValue(KeyOf(mask, s, p, o), out var found), found, scratch);
                }
        }
    }

    // Separate methods, so the key selectors' closures are allocated when an index is built, not on every probe.
    private Dictionary<long, Bucket> IndexOnOne(int mask) => Index(q => mask == 1 ? q.Subject : mask == 2 ? q.Predicate : q.Obj);

    private Dictionary<(long, long, long), Bucket> IndexOnSeveral(int mask) => Index(q => KeyOf(mask, q.Subject, q.Predicate, q.Obj));

    private Dictionary<TKey, Bucket> Index<TKey>(Func<QuadIds, TKey> keyOf)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, Bucket>(_all.Count);
        foreach (var q in _all)
        {
            ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, keyOf(q), out var exists);
            if (!exists)
            {
                bucket.One = q;
            }
            else
            {
                (bucket.Many ??= [bucket.One]).Add(q);
            }
        }

        return index;
    }

    private static List<QuadIds> Answer(bool hit, Bucket found, List<QuadIds>? scratch)
    {
        if (found.Many is { } many)
        {
            return many;
        }

        scratch ??= [];
        scratch.Clear();
        if (hit)
        {
            scratch.Add(found.One);
        }

        return scratch;
    }

    /// <summary>The quads of one key: the first inline, all of them in a list once there are several.</summary>
    private struct Bucket
    {
        public QuadIds One;
        public List<QuadIds>? Many;
    }

    private static (long, long, long) KeyOf(int mask, long s, long p, long o) =>
        ((mask & 1) != 0 ? s : 0, (mask & 2) != 0 ? p : 0, (mask & 4) != 0 ? o : 0);
}
