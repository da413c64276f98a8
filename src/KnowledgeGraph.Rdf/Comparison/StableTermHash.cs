using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// 64-bit hashes for the colour refinement: a wide hash keeps accidental colour collisions (which only
/// cost extra backtracking, never a wrong answer) out of graphs of any practical size.
/// </summary>
internal static class StableTermHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the term's N-Triples form, which is injective over terms, then mixed.</summary>
    public static ulong Of(Term term)
    {
        var text = term.Kind == TermKind.DefaultGraph ? "\u0000default" : term.ToString();
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>An order-sensitive combination of two hashes.</summary>
    public static ulong Combine(ulong seed, ulong value) => Mix((seed * 0x9E3779B97F4A7C15UL) + value + 0x632BE59BD9B4E019UL);
}
