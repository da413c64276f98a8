using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>
/// Order-preserving, compact byte keys for LMDB. Each id is one header byte (tag in the high nibble, payload
/// length 0..8 in the low nibble) and its payload big-endian without leading zero bytes. Byte order then equals
/// id order (same tag: a shorter payload is a smaller number), components delimit themselves, and a byte prefix
/// is a component prefix. A dictionary id below 2^24 takes four bytes; a triple key about twelve.
/// </summary>
internal static class KeyCodec
{
    public const int MaxComponentBytes = 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WriteComponent(Span<byte> destination, ulong id)
    {
        var payload = id & Encoding.TermId.PayloadMask;
        var length = payload == 0 ? 0 : 8 - (System.Numerics.BitOperations.LeadingZeroCount(payload) / 8);
        destination[0] = (byte)((int)(id >> Encoding.TermId.TagShift) << 4 | length);
        for (var i = 0; i < length; i++)
        {
            destination[1 + i] = (byte)(payload >> (8 * (length - 1 - i)));
        }

        return 1 + length;
    }

    public static ulong ReadComponent(ReadOnlySpan<byte> source, ref int at)
    {
        var header = source[at++];
        var length = header & 0xF;
        ulong payload = 0;
        for (var i = 0; i < length; i++)
        {
            payload = (payload << 8) | source[at++];
        }

        return ((ulong)(header >> 4) << Encoding.TermId.TagShift) | payload;
    }

    /// <summary>Writes the first <paramref name="count"/> components of a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(Span<byte> destination, in Key4 key, int count)
    {
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            at += WriteComponent(destination[at..], key[i]);
        }

        return at;
    }

    public static Key4 Read(ReadOnlySpan<byte> source, int width)
    {
        var at = 0;
        Span<ulong> c = stackalloc ulong[4];
        c.Clear();
        for (var i = 0; i < width; i++)
        {
            c[i] = ReadComponent(source, ref at);
        }

        return Key4.FromComponents(c);
    }

    public static long ReadInt64(ReadOnlySpan<byte> source) => BinaryPrimitives.ReadInt64BigEndian(source);

    public static byte[] Int64Bytes(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }
}
