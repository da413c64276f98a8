using System.Buffers;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Memory;

/// <summary>
/// The in-memory term dictionary: term bytes appended to 1 MiB chunks (no object per term), a paged offset
/// table from sequence number to bytes, and an open-addressing hash table of sequence numbers for the reverse
/// lookup. It only grows: a term added by a transaction that is rolled back stays, unused and harmless.
/// Decoding is lock-free (chunks and pages are never moved, only the arrays that list them are replaced);
/// lookups and additions share one short lock.
/// </summary>
internal sealed class MemoryDictionary
{
    private const int ChunkSize = 1 << 20;
    private const int PageBits = 16;
    private const int PageSize = 1 << PageBits;

    private readonly object _gate = new();
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private byte[][] _chunks = [new byte[ChunkSize]];
    private int _chunkUsed;
    private long[][] _offsets = [new long[PageSize]];
    private uint[][] _hashes = [new uint[PageSize]];
    private int[] _slots = new int[1 << 12];
    private long _count;
    private long _bytes;

    public long Count => Interlocked.Read(ref _count);

    public long ByteSize
    {
        get
        {
            lock (_gate)
            {
                return ((long)_chunks.Length * ChunkSize) + ((long)_offsets.Length * PageSize * 12) + ((long)_slots.Length * 4);
            }
        }
    }

    public long TermByteCount => Interlocked.Read(ref _bytes);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TermId GetOrAdd(Term term)
    {
        if (term.IsDefaultGraph)
        {
            return TermId.DefaultGraph;
        }

        if (term is Literal literal && InlineValues.TryEncode(literal) is { } inline)
        {
            return inline;
        }

        lock (_gate)
        {
            TermBytes.Write(term, _scratch);
            var bytes = _scratch.WrittenSpan;
            var hash = TermHash.Compute(bytes);
            var slot = FindSlot(bytes, hash, out var seq);
            if (seq >= 0)
            {
                return TermId.Create(TermBytes.TagOf(term), (ulong)seq);
            }

            var newSeq = Append(bytes, (uint)hash);
            _slots[slot] = (int)(newSeq + 1);
            if (newSeq + 1 > _slots.Length / 2)
            {
                Rehash();
            }

            return TermId.Create(TermBytes.TagOf(term), (ulong)newSeq);
        }
    }

    public bool TryGetId(Term term, out TermId id)
    {
        id = default;
        if (term.IsDefaultGraph)
        {
            return true;
        }

        if (term is Literal literal && InlineValues.TryEncode(literal) is { } inline)
        {
            id = inline;
            return true;
        }

        lock (_gate)
        {
            TermBytes.Write(term, _scratch);
            FindSlot(_scratch.WrittenSpan, TermHash.Compute(_scratch.WrittenSpan), out var seq);
            if (seq < 0)
            {
                return false;
            }

            id = TermId.Create(TermBytes.TagOf(term), (ulong)seq);
            return true;
        }
    }

    public Term Decode(TermId id)
    {
        if (id.IsDefaultGraph)
        {
            return DefaultGraph.Instance;
        }

        if (id.IsInline)
        {
            return InlineValues.Decode(id);
        }

        return TermBytes.Read(Bytes((long)id.Payload));
    }

    /// <summary>Whether a dictionary id names an entry (for the consistency check).</summary>
    public bool IsKnown(TermId id) => id.IsDefaultGraph || id.IsInline || (id.IsDictionary && (long)id.Payload < Count);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Bytes(long seq)
    {
        if (seq < 0 || seq >= Interlocked.Read(ref _count))
        {
            throw new KeyNotFoundException($"No dictionary entry {seq}.");
        }

        var offset = Volatile.Read(ref _offsets)[seq >> PageBits][seq & (PageSize - 1)];
        var chunk = Volatile.Read(ref _chunks)[(int)(offset >> 32)];
        var at = (int)(offset & 0xFFFFFFFF);
        var length = (int)Varint.Read(chunk, ref at);
        return chunk.AsSpan(at, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindSlot(ReadOnlySpan<byte> bytes, ulong hash, out long seq)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        var shortHash = (uint)hash;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                seq = -1;
                return slot;
            }

            var candidate = entry - 1L;
            if (_hashes[candidate >> PageBits][candidate & (PageSize - 1)] == shortHash && Bytes(candidate).SequenceEqual(bytes))
            {
                seq = candidate;
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Append(ReadOnlySpan<byte> bytes, uint hash)
    {
        var needed = bytes.Length + 5;
        if (_chunkUsed + needed > _chunks[^1].Length)
        {
            var chunk = new byte[Math.Max(ChunkSize, needed)];
            Volatile.Write(ref _chunks, [.. _chunks, chunk]);
            _chunkUsed = 0;
        }

        var chunkIndex = _chunks.Length - 1;
        var offset = ((long)chunkIndex << 32) | (uint)_chunkUsed;
        var target = _chunks[chunkIndex].AsSpan(_chunkUsed);
        var n = Varint.Write(target, (ulong)bytes.Length);
        bytes.CopyTo(target[n..]);
        _chunkUsed += n + bytes.Length;

        var seq = _count;
        var page = (int)(seq >> PageBits);
        if (page == _offsets.Length)
        {
            Volatile.Write(ref _offsets, [.. _offsets, new long[PageSize]]);
            _hashes = [.. _hashes, new uint[PageSize]];
        }

        _offsets[page][seq & (PageSize - 1)] = offset;
        _hashes[page][seq & (PageSize - 1)] = hash;
        _bytes += bytes.Length;
        Interlocked.Exchange(ref _count, seq + 1);
        return seq;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (long seq = 0; seq < _count; seq++)
        {
            // The stored 32 bits are the hash's low bits, enough to place entries while the table has at most 2^31 slots.
            var slot = (int)(_hashes[seq >> PageBits][seq & (PageSize - 1)] & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (int)(seq + 1);
        }

        _slots = slots;
    }
}
