using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A FILTER fused into the BGP it filters: evaluated right after pattern <see cref="Level"/> has matched, the first
/// pattern by which every variable of the condition is bound, so a rejected partial solution is not extended by the
/// later patterns (and, on ids, only the condition's variables are decoded). The effective boolean value must be
/// true; an error drops the solution, as FILTER does.
/// </summary>
/// <param name="Level">The index of the pattern after which the condition is evaluated.</param>
/// <param name="Slots">The query slots of the condition's variables (all bound by the BGP).</param>
/// <param name="Condition">The compiled condition.</param>
/// <param name="Text">The condition in SSE, for Explain.</param>
internal sealed record BgpFilter(int Level, int[] Slots, Func<Term?[], ActiveGraph, bool?> Condition, string Text)
{
    /// <summary>The level of a condition over <paramref name="slots"/>: the first pattern after which all of them are bound; -1 when some never is.</summary>
    public static int LevelOf(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns, IEnumerable<int> slots)
    {
        var level = 0;
        foreach (var slot in slots)
        {
            var first = -1;
            for (var i = 0; i < patterns.Count && first < 0; i++)
            {
                var (s, p, o) = patterns[i];
                if (s.Slot == slot || p.Slot == slot || o.Slot == slot)
                {
                    first = i;
                }
            }

            if (first < 0)
            {
                return -1;
            }

            level = Math.Max(level, first);
        }

        return level;
    }
}
