using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>
/// An immutable run of up to <see cref="MaxKeys"/> sorted keys, delta-compressed. Each key after the first
/// stores which component d first differs from the previous key, the difference in that component, and the
/// later components XOR the previous key's (rotated so the tag nibble is low bits): neighbours share tags and
/// are close, so most components take one to three bytes. Triple indexes leave out the always-zero fourth component.
/// </summary>
internal sealed class CompressedBlock
{
    public const int MaxKeys = 512;

    private const ulong EscapeLimit = 1UL << 61;

    private readonly byte[] _data;

    private CompressedBlock(byte[] data, int count, Key4 first, Key4 last)
    {
        _data = data;
        Count = count;
        First = first;
        Last = last;
    }

    public int Count { get; }

    public Key4 First { get; }

    public Key4 Last { get; }

    public int ByteSize => _data.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CompressedBlock Encode(ReadOnlySpan<Key4> keys, int width)
    {
        var rented = ArrayPool<byte>.Shared.Rent((keys.Length * 11 * width) + 16);
        try
        {
            Span<byte> buffer = rented;
            var at = 0;
            for (var j = 0; j < width; j++)
            {
                at += Varint.Write(buffer[at..], keys[0][j]);
            }

            for (var i = 1; i < keys.Length; i++)
            {
                var prev = keys[i - 1];
                var cur = keys[i];
                var d = 0;
                while (d < width - 1 && cur[d] == prev[d])
                {
                    d++;
                }

                var delta = cur[d] - prev[d];
                if (delta < EscapeLimit)
                {
                    at += Varint.Write(buffer[at..], (delta << 3) | (uint)d);
                }
                else
                {
                    at += Varint.Write(buffer[at..], 4UL | (uint)d);
                    at += Varint.Write(buffer[at..], delta);
                }

                for (var j = d + 1; j < width; j++)
                {
                    at += Varint.Write(buffer[at..], Rotate(cur[j]) ^ Rotate(prev[j]));
                }
            }

            return new CompressedBlock(buffer[..at].ToArray(), keys.Length, keys[0], keys[^1]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes every key into <paramref name="destination"/> (at least <see cref="Count"/> long).</summary>
    public void Decode(Span<Key4> destination, int width)
    {
        ReadOnlySpan<byte> data = _data;
        var at = 0;
        Span<ulong> c = stackalloc ulong[4];
        c.Clear();
        for (var j = 0; j < width; j++)
        {
            c[j] = Varint.Read(data, ref at);
        }

        destination[0] = Key4.FromComponents(c);
        for (var i = 1; i < Count; i++)
        {
            var header = Varint.Read(data, ref at);
            var d = (int)(header & 3);
            var delta = (header & 4) != 0 ? Varint.Read(data, ref at) : header >> 3;
            c[d] += delta;
            for (var j = d + 1; j < width; j++)
            {
                c[j] = Unrotate(Rotate(c[j]) ^ Varint.Read(data, ref at));
            }

            destination[i] = Key4.FromComponents(c);
        }
    }

    private static ulong Rotate(ulong v) => BitOperations.RotateLeft(v, 4);

    private static ulong Unrotate(ulong v) => BitOperations.RotateRight(v, 4);
}
