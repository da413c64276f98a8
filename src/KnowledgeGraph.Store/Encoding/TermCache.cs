using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Decoded terms shared by every snapshot and query of one opened store, both ways (id → term, term → id), like
/// Jena TDB2's node-table cache: a query then decodes the titles and labels an earlier query already decoded
/// without a dictionary read, a UTF-8 decode and a new term object. Each direction is a direct-mapped array of
/// immutable entries: a lookup is one array read and one compare, an insert one reference store that overwrites
/// whatever shared the slot (the eviction), so the cache never holds more than <see cref="Capacity"/> entries per
/// direction and readers on any number of threads need no lock (a reader sees either the old entry or the new one,
/// each complete). Correct only because an id, once committed, names the same term for the store's whole life:
/// dictionary entries are never deleted or given to another term (an id a rolled-back transaction drew is never
/// seen by a reader, so never cached). A snapshot older than the commit that added a term must still not find
/// the term: <see cref="TryGetId"/> hits are checked by the caller against its snapshot's dictionary size.
/// </summary>
public sealed class TermCache
{
    /// <summary>Entries per direction unless configured: about 30-60 MB for 2^18 typical terms.</summary>
    public const int DefaultCapacity = 1 << 18;

    private readonly ById?[] _byId;
    private readonly ByTerm?[] _byTerm;
    private readonly int _shift;

    public TermCache(int capacity = DefaultCapacity)
    {
        if (capacity < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A term cache needs at least 2 entries.");
        }

        // A power of two, so a slot is the top bits of a multiplicative hash.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _byId = new ById?[size];
        _byTerm = new ByTerm?[size];
        _shift = 64 - BitOperations.Log2((uint)size);
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
        var entry = Volatile.Read(ref _byId[SlotOf(id.Value)]);
        if (entry is not null && entry.Id == id.Value)
        {
            term = entry.Term;
            return true;
        }

        term = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetId(Term term, out TermId id)
    {
        var entry = Volatile.Read(ref _byTerm[SlotOf((ulong)(uint)term.GetHashCode())]);
        if (entry is not null && (ReferenceEquals(entry.Term, term) || entry.Term.Equals(term)))
        {
            id = new TermId(entry.Id);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Remembers a committed pair both ways.</summary>
    public void Add(TermId id, Term term)
    {
        Volatile.Write(ref _byId[SlotOf(id.Value)], new ById(id.Value, term));
        Volatile.Write(ref _byTerm[SlotOf((ulong)(uint)term.GetHashCode())], new ByTerm(term, id.Value));
    }

    /// <summary>Fibonacci hashing: ids are dense sequence numbers, so their top bits after the multiply spread well.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private sealed record ById(ulong Id, Term Term);

    private sealed record ByTerm(Term Term, ulong Id);
}
