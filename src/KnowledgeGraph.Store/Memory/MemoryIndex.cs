using System.Runtime.CompilerServices;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>
/// One index as an immutable, sorted array of compressed blocks. A commit builds a new version that shares
/// every untouched block with the old one (copy-on-write), so readers holding the old version are never
/// disturbed and never wait.
/// </summary>
internal sealed class MemoryIndex
{
    private readonly CompressedBlock[] _blocks;
    private readonly long[] _starts;
    private readonly int _width;

    private MemoryIndex(CompressedBlock[] blocks, int width)
    {
        _blocks = blocks;
        _width = width;
        _starts = new long[blocks.Length + 1];
        for (var i = 0; i < blocks.Length; i++)
        {
            _starts[i + 1] = _starts[i] + blocks[i].Count;
        }
    }

    public long Count => _starts[^1];

    public long ByteSize
    {
        get
        {
            long total = (long)_blocks.Length * (8 + 8 + 64 + 24);
            foreach (var b in _blocks)
            {
                total += b.ByteSize;
            }

            return total;
        }
    }

    public static MemoryIndex Empty(int width) => new([], width);

    public IEnumerable<Key4> Scan(Key4 prefix, int length)
    {
        if (_blocks.Length == 0)
        {
            yield break;
        }

        var low = prefix.Prefix(length, 0);
        var buffer = new Key4[CompressedBlock.MaxKeys];
        for (var b = FindBlock(low); b < _blocks.Length; b++)
        {
            var block = _blocks[b];
            if (length > 0 && block.First.CompareTo(low) > 0 && !block.First.HasPrefix(prefix, length))
            {
                yield break;
            }

            if (block.Last.CompareTo(low) < 0)
            {
                continue;
            }

            block.Decode(buffer, _width);
            var start = LowerBound(buffer.AsSpan(0, block.Count), low);
            for (var i = start; i < block.Count; i++)
            {
                if (!buffer[i].HasPrefix(prefix, length))
                {
                    yield break;
                }

                yield return buffer[i];
            }
        }
    }

    /// <summary>Exact number of keys with the prefix: two boundary lookups and the block counts between them.</summary>
    public long CountPrefix(Key4 prefix, int length)
    {
        if (length == 0)
        {
            return Count;
        }

        return Position(prefix.Prefix(length, ulong.MaxValue), true) - Position(prefix.Prefix(length, 0), false);
    }

    public bool Contains(Key4 key)
    {
        if (_blocks.Length == 0)
        {
            return false;
        }

        var block = _blocks[FindBlock(key)];
        if (key.CompareTo(block.First) < 0 || key.CompareTo(block.Last) > 0)
        {
            return false;
        }

        var rented = System.Buffers.ArrayPool<Key4>.Shared.Rent(block.Count);
        try
        {
            var buffer = rented.AsSpan(0, block.Count);
            block.Decode(buffer, _width);
            var i = LowerBound(buffer, key);
            return i < buffer.Length && buffer[i] == key;
        }
        finally
        {
            System.Buffers.ArrayPool<Key4>.Shared.Return(rented);
        }
    }

    public bool HasPrefix(Key4 prefix, int length)
    {
        foreach (var _ in Scan(prefix, length))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// A new version with the sorted, distinct changes applied. Inserting a present key or deleting an
    /// absent one does nothing, and such changes are added to <paramref name="rejected"/>.
    /// </summary>
    public MemoryIndex Apply(ReadOnlySpan<KeyChange> changes, List<KeyChange>? rejected)
    {
        if (changes.IsEmpty)
        {
            return this;
        }

        var result = new List<CompressedBlock>(_blocks.Length + (changes.Length / CompressedBlock.MaxKeys) + 2);
        var buffer = new Key4[CompressedBlock.MaxKeys];
        if (_blocks.Length == 0)
        {
            // A first build (a bulk load into an empty store) holds at most every change: size the list once.
            var all = new List<Key4>(changes.Length);
            Merge([], changes, all, rejected);
            AddChunks(result, all);
            return new MemoryIndex([.. result], _width);
        }

        var merged = new List<Key4>();
        var ci = 0;
        for (var b = 0; b < _blocks.Length; b++)
        {
            var end = ci;
            if (b == _blocks.Length - 1)
            {
                end = changes.Length;
            }
            else
            {
                var next = _blocks[b + 1].First;
                while (end < changes.Length && changes[end].Key.CompareTo(next) < 0)
                {
                    end++;
                }
            }

            if (end == ci)
            {
                result.Add(_blocks[b]);
                continue;
            }

            var block = _blocks[b];
            block.Decode(buffer, _width);
            merged.Clear();
            Merge(buffer.AsSpan(0, block.Count), changes[ci..end], merged, rejected);
            AddChunks(result, merged);
            ci = end;
        }

        return new MemoryIndex([.. result], _width);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Merge(ReadOnlySpan<Key4> existing, ReadOnlySpan<KeyChange> changes, List<Key4> output, List<KeyChange>? rejected)
    {
        var i = 0;
        foreach (var change in changes)
        {
            while (i < existing.Length && existing[i].CompareTo(change.Key) < 0)
            {
                output.Add(existing[i++]);
            }

            var present = i < existing.Length && existing[i] == change.Key;
            if (change.Insert)
            {
                if (!present)
                {
                    output.Add(change.Key);
                }
                else
                {
                    rejected?.Add(change);
                }
            }
            else if (present)
            {
                i++;
            }
            else
            {
                rejected?.Add(change);
            }
        }

        while (i < existing.Length)
        {
            output.Add(existing[i++]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddChunks(List<CompressedBlock> result, List<Key4> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // Equal parts, so a block that grows past the limit splits in two halves rather than full + tiny.
        var parts = (keys.Count + CompressedBlock.MaxKeys - 1) / CompressedBlock.MaxKeys;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        var start = 0;
        for (var p = 0; p < parts; p++)
        {
            var end = (int)((long)keys.Count * (p + 1) / parts);
            result.Add(CompressedBlock.Encode(span[start..end], _width));
            start = end;
        }
    }

    /// <summary>The last block whose first key is at most <paramref name="key"/> (0 when none is).</summary>
    private int FindBlock(Key4 key)
    {
        int lo = 0, hi = _blocks.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_blocks[mid].First.CompareTo(key) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The global position of the first key &gt;= key (or &gt; key when <paramref name="after"/>).</summary>
    private long Position(Key4 key, bool after)
    {
        if (_blocks.Length == 0)
        {
            return 0;
        }

        var b = FindBlock(key);
        var block = _blocks[b];
        if (block.First.CompareTo(key) > 0)
        {
            return _starts[b];
        }

        if (block.Last.CompareTo(key) < 0)
        {
            return _starts[b + 1];
        }

        var rented = System.Buffers.ArrayPool<Key4>.Shared.Rent(block.Count);
        try
        {
            var buffer = rented.AsSpan(0, block.Count);
            block.Decode(buffer, _width);
            var i = LowerBound(buffer, key);
            if (after && i < buffer.Length && buffer[i] == key)
            {
                i++;
            }

            return _starts[b] + i;
        }
        finally
        {
            System.Buffers.ArrayPool<Key4>.Shared.Return(rented);
        }
    }

    private static int LowerBound(ReadOnlySpan<Key4> keys, Key4 key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid].CompareTo(key) < 0)
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
