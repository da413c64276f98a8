using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// A fixed 64-bit hash of a term's bytes, stable across processes (it is stored on disk in the LMDB
/// term-to-id table), unlike <see cref="HashCode"/>, which is randomized per process.
/// Eight bytes a step with a 64-bit multiply-xorshift mix, then a final avalanche.
/// </summary>
public static class TermHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Compute(ReadOnlySpan<byte> bytes)
    {
        var h = Prime2 ^ ((ulong)bytes.Length * Prime1);
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var w in words)
        {
            h = Mix(h, w);
        }

        var tail = bytes[(words.Length * 8)..];
        if (!tail.IsEmpty)
        {
            ulong last = 0;
            for (var i = 0; i < tail.Length; i++)
            {
                last |= (ulong)tail[i] << (8 * i);
            }

            h = Mix(h, last);
        }

        h ^= h >> 33;
        h *= Prime1;
        h ^= h >> 29;
        h *= Prime2;
        h ^= h >> 32;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong w)
    {
        h ^= w * Prime2;
        h = BitOperations.RotateLeft(h, 31) * Prime1;
        return h;
    }
}
