using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>LEB128 unsigned variable-length integers (7 bits a byte, low first).</summary>
public static class Varint
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    public static void Write(IBufferWriter<byte> buffer, ulong value)
    {
        var span = buffer.GetSpan(10);
        buffer.Advance(Write(span, value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read(ReadOnlySpan<byte> source, ref int position)
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            var b = source[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }
}
