using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Decoded terms shared by every snapshot and query of one opened store, both ways (id → term, term → id), like
/// Jena TDB2's node-table cache: a query then decodes the titles and labels an earlier query already decoded
/// without a dictionary read, a UTF-8 decode and a new term object. Each direction is a 4-way set-associative array
/// (a direct-mapped one lost about a quarter of 70,000 titles and subjects to collisions in a 2^18-slot table, and
/// each loss costs an LMDB read). A slot is a struct (key, term) in the array itself, so a set is about one cache
/// line and a hit costs no pointer chase before the term; an insert fills an empty slot of the set or replaces a
/// pseudo-randomly chosen one (the eviction), so the cache never holds more than <see cref="Capacity"/> entries per
/// direction. Readers on any number of threads take no lock: a writer (one at a time, under a lock; writes follow
/// misses, which read LMDB anyway) clears the slot's key, writes the term, then sets the key, and a reader accepts a
/// term only when it read the same key before and after it (an id names one term, so a key read twice cannot pair
/// with another key's term). The term → id side keys by hash, which two terms can share: there a slot holds one
/// immutable (term, id) entry, read with one reference read, so a reader never pairs one term with another's id. Correct only because an id, once committed, names the
/// same term for the store's whole life: dictionary entries are never deleted or given to another term (an id a
/// rolled-back transaction drew is never seen by a reader, so never cached). A snapshot older than the commit that
/// added a term must still not find the term: <see cref="TryGetId"/> hits are checked by the caller against its
/// snapshot's dictionary size.
/// </summary>
public sealed class TermCache
{
    /// <summary>
    /// Entries per direction unless configured (2^17: 5 MB of slots, and the terms, 20-40 MB at typical sizes). Room
    /// for the 70,000 terms q6 decodes; small enough that a dump of a large store, which passes every term through,
    /// fills it long before the end (the server's dump tests require flat memory between 150,000 and 300,000 quads).
    /// </summary>
    public const int DefaultCapacity = 1 << 17;

    private const int Ways = 4;

    private readonly IdSlot[] _byId;
    private readonly TermSlot[] _byTerm;
    private readonly Lock _writer = new();
    private readonly int _shift;

    public TermCache(int capacity = DefaultCapacity)
    {
        if (capacity < 2 * Ways)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"A term cache needs at least {2 * Ways} entries (two sets of {Ways}).");
        }

        // A power of two, so a set is the top bits of a multiplicative hash.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _byId = new IdSlot[size];
        _byTerm = new TermSlot[size];
        _shift = 64 - BitOperations.Log2((uint)(size / Ways));
    }

    /// <summary>Entries per direction at most.</summary>
    public int Capacity => _byId.Length;

    /// <summary>Occupied id → term slots (walks the array: for tests and statistics, not hot paths).</summary>
    public int CountById => _byId.Count(e => e.Key != 0);

    /// <summary>Occupied term → id slots (walks the array).</summary>
    public int CountByTerm => _byTerm.Count(e => e.Hash != 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetTerm(TermId id, [NotNullWhen(true)] out Term? term)
    {
        var key = id.Value + 1;
        var first = SetOf(id.Value);
        for (var i = first; i < first + Ways; i++)
        {
            ref var slot = ref _byId[i];
            if (Volatile.Read(ref slot.Key) == key)
            {
                var found = Volatile.Read(ref slot.Term);
                if (Volatile.Read(ref slot.Key) == key && found is not null)
                {
                    term = found;
                    return true;
                }
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
        for (var i = first; i < first + Ways; i++)
        {
            ref var slot = ref _byTerm[i];
            if (Volatile.Read(ref slot.Hash) == hash && Volatile.Read(ref slot.Entry) is { } entry
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
        var hash = term.GetHashCode() | 1;
        lock (_writer)
        {
            var first = SetOf(id.Value);
            ref var slot = ref _byId[Victim(first, FreeIdSlot(first, id.Value + 1), id.Value)];
            Volatile.Write(ref slot.Key, 0UL);
            Volatile.Write(ref slot.Term, term);
            Volatile.Write(ref slot.Key, id.Value + 1);

            first = SetOf((ulong)(uint)hash);
            ref var termSlot = ref _byTerm[Victim(first, FreeTermSlot(first, hash, term), (ulong)(uint)hash ^ id.Value)];
            Volatile.Write(ref termSlot.Hash, 0);
            Volatile.Write(ref termSlot.Entry, new TermEntry(term, id.Value));
            Volatile.Write(ref termSlot.Hash, hash);
        }
    }

    /// <summary>The way already holding <paramref name="key"/> (two misses of one id both add it), else an empty one, else -1.</summary>
    private int FreeIdSlot(int first, ulong key)
    {
        var empty = -1;
        for (var i = 0; i < Ways; i++)
        {
            var held = _byId[first + i].Key;
            if (held == key)
            {
                return i;
            }

            if (held == 0 && empty < 0)
            {
                empty = i;
            }
        }

        return empty;
    }

    /// <summary>The way already holding <paramref name="term"/>, else an empty one, else -1.</summary>
    private int FreeTermSlot(int first, int hash, Term term)
    {
        var empty = -1;
        for (var i = 0; i < Ways; i++)
        {
            ref var slot = ref _byTerm[first + i];
            if (slot.Hash == hash && slot.Entry is { } entry && entry.Term.Equals(term))
            {
                return i;
            }

            if (slot.Hash == 0 && empty < 0)
            {
                empty = i;
            }
        }

        return empty;
    }

    /// <summary>A free way of a set when there is one, else one picked by the key's bits (pseudo-random replacement).</summary>
    private static int Victim(int first, int empty, ulong key) =>
        first + (empty >= 0 ? empty : (int)((key * 0x2545F4914F6CDD1DUL) >> 62));

    /// <summary>The first slot of a key's set. Fibonacci hashing: ids are dense sequence numbers, so their top bits after the multiply spread well.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SetOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift) * Ways;

    /// <summary>An id → term slot: <see cref="Key"/> is the id + 1 (0 = empty or being written).</summary>
    private struct IdSlot
    {
        public ulong Key;
        public Term? Term;
    }

    /// <summary>A term → id slot: <see cref="Hash"/> is the term's hash with the low bit set (0 = empty or being written).</summary>
    private struct TermSlot
    {
        public int Hash;
        public TermEntry? Entry;
    }

    /// <summary>A term and its id, written and read as one reference so that the pair is never torn.</summary>
    private sealed record TermEntry(Term Term, ulong Id);
}
