using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// A write transaction's table of the terms it has met, keyed by their dictionary bytes: term bytes appended to
/// 1 MiB chunks (no object per term) and an open-addressing table of entry numbers. Lookups hash the bytes the
/// dictionary needs anyway, instead of hashing and comparing the term objects' strings a second way.
/// </summary>
internal sealed class TermTable
{
    private const int ChunkSize = 1 << 20;

    private readonly List<byte[]> _chunks = [new byte[ChunkSize]];
    private int _chunkUsed;
    private Entry[] _entries = new Entry[1024];
    private int[] _slots = new int[1 << 11];

    public int Count { get; private set; }

    /// <summary>The sequence number stored for these bytes, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Find(ReadOnlySpan<byte> bytes, ulong hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var at = _slots[slot];
            if (at == 0)
            {
                return -1;
            }

            ref readonly var e = ref _entries[at - 1];
            if (e.Hash == hash && BytesOf(e).SequenceEqual(bytes))
            {
                return e.Seq;
            }
        }
    }

    /// <summary>Adds bytes not in the table yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> bytes, ulong hash, long seq)
    {
        if (_chunkUsed + bytes.Length > _chunks[^1].Length)
        {
            _chunks.Add(new byte[Math.Max(ChunkSize, bytes.Length)]);
            _chunkUsed = 0;
        }

        bytes.CopyTo(_chunks[^1].AsSpan(_chunkUsed));
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        _entries[Count++] = new Entry(hash, seq, _chunks.Count - 1, _chunkUsed, bytes.Length);
        _chunkUsed += bytes.Length;
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
        else
        {
            Place(_slots, Count);
        }
    }

    public long SeqAt(int entry) => _entries[entry].Seq;

    public ulong HashAt(int entry) => _entries[entry].Hash;

    public ReadOnlySpan<byte> BytesAt(int entry) => BytesOf(_entries[entry]);

    private ReadOnlySpan<byte> BytesOf(in Entry e) => _chunks[e.Chunk].AsSpan(e.Offset, e.Length);

    private void Place(int[] slots, int entryNumber)
    {
        var mask = slots.Length - 1;
        var slot = (int)(_entries[entryNumber - 1].Hash & (ulong)mask);
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entryNumber;
    }

    private void Rehash(int size)
    {
        var slots = new int[size];
        for (var i = 1; i <= Count; i++)
        {
            Place(slots, i);
        }

        _slots = slots;
    }

    private readonly record struct Entry(ulong Hash, long Seq, int Chunk, int Offset, int Length);
}
