using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Decoded terms shared by every snapshot and query of one opened store, both ways (id → term, term → id), like
/// Jena TDB2's node-table cache: a query then decodes the titles and labels an earlier query already decoded
/// without a dictionary read, a UTF-8 decode and a new term object. Each direction is a 4-way set-associative array
/// of immutable entries (a direct-mapped one lost a quarter of 70,000 titles and subjects to collisions in a
/// 2^18-slot table, and each loss costs an LMDB read): a key picks a set of four slots, a small array of hints
/// (the id, or the term's hash) says which slot to check, and the entry itself confirms, so a stale or half-written
/// hint only costs a miss. An insert fills an empty slot of the set or replaces a pseudo-randomly chosen one (the
/// eviction), so the cache never holds more than <see cref="Capacity"/> entries per direction, and readers on any
/// number of threads need no lock (an entry is one reference, replaced whole). Correct only because an id, once
/// committed, names the same term for the store's whole life: dictionary entries are never deleted or given to
/// another term (an id a rolled-back transaction drew is never seen by a reader, so never cached). A snapshot older
/// than the commit that added a term must still not find the term: <see cref="TryGetId"/> hits are checked by the
/// caller against its snapshot's dictionary size.
/// </summary>
public sealed class TermCache
{
    /// <summary>Entries per direction unless configured: about 30-60 MB for 2^18 typical terms.</summary>
    public const int DefaultCapacity = 1 << 18;

    private const int Ways = 4;

    private readonly ById?[] _byId;
    private readonly ulong[] _idHints;
    private readonly ByTerm?[] _byTerm;
    private readonly int[] _termHints;
    private readonly int _shift;

    public TermCache(int capacity = DefaultCapacity)
    {
        if (capacity < 2 * Ways)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"A term cache needs at least {2 * Ways} entries (two sets of {Ways}).");
        }

        // A power of two, so a set is the top bits of a multiplicative hash.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _byId = new ById?[size];
        _idHints = new ulong[size];
        _byTerm = new ByTerm?[size];
        _termHints = new int[size];
        _shift = 64 - BitOperations.Log2((uint)(size / Ways));
    }

    /// <summary>Entries per direction at most.</summary>
    public int Capacity => _byId.Length;

    /// <summary>Occupied id → term slots (walks the array: for tests and statistics, not hot paths).</summary>
    public int CountById => _byId.Count(e => e is not null);

    /// <summary>Occupied term → id slots (walks the array).</summary>
    public int CountByTerm => _byTerm.Count(e => e is not null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetTerm(TermId id, [NotNullWhen(true)] out Term? term)
    {
        var first = SetOf(id.Value);
        var hint = id.Value + 1;
        for (var slot = first; slot < first + Ways; slot++)
        {
            if (Volatile.Read(ref _idHints[slot]) == hint && Volatile.Read(ref _byId[slot]) is { } entry && entry.Id == id.Value)
            {
                term = entry.Term;
                return true;
            }
        }

        term = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetId(Term term, out TermId id)
    {
        var hash = term.GetHashCode() | 1;
        var first = SetOf((ulong)(uint)hash);
        for (var slot = first; slot < first + Ways; slot++)
        {
            if (Volatile.Read(ref _termHints[slot]) == hash && Volatile.Read(ref _byTerm[slot]) is { } entry
                && (ReferenceEquals(entry.Term, term) || entry.Term.Equals(term)))
            {
                id = new TermId(entry.Id);
                return true;
            }
        }

        id = default;
        return false;
    }

    /// <summary>Remembers a committed pair both ways.</summary>
    public void Add(TermId id, Term term)
    {
        var slot = Victim(_idHints, SetOf(id.Value), 0UL, id.Value);
        // Entry before hint: a reader that sees the new hint finds the new entry (or a later one, which it checks).
        Volatile.Write(ref _byId[slot], new ById(id.Value, term));
        Volatile.Write(ref _idHints[slot], id.Value + 1);

        var hash = term.GetHashCode() | 1;
        slot = Victim(_termHints, SetOf((ulong)(uint)hash), 0, (ulong)(uint)hash ^ id.Value);
        Volatile.Write(ref _byTerm[slot], new ByTerm(term, id.Value));
        Volatile.Write(ref _termHints[slot], hash);
    }

    /// <summary>The first empty slot of a set, else one picked by the key's low bits (pseudo-random replacement).</summary>
    private static int Victim<T>(T[] hints, int first, T empty, ulong key)
        where T : IEquatable<T>
    {
        for (var slot = first; slot < first + Ways; slot++)
        {
            if (hints[slot].Equals(empty))
            {
                return slot;
            }
        }

        return first + (int)((key * 0x2545F4914F6CDD1DUL) >> 62);
    }

    /// <summary>The first slot of a key's set. Fibonacci hashing: ids are dense sequence numbers, so their top bits after the multiply spread well.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SetOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift) * Ways;

    private sealed record ById(ulong Id, Term Term);

    private sealed record ByTerm(Term Term, ulong Id);
}
