using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Ranks search candidates: an exact match beats a prefix, which beats a word start, which beats a substring, and a
/// label beats an alias at each level; ties go to the shorter name, then the IRI. One hit per entity (its best name).
/// </summary>
public static class SearchRanking
{
    public static IReadOnlyList<SearchHit> Rank(IReadOnlyList<SolutionRow> rows, string text, int take)
    {
        var needle = text.Trim().ToLowerInvariant();
        var best = new Dictionary<Iri, SearchHit>();
        var types = new Dictionary<Iri, HashSet<Iri>>();
        foreach (var row in rows)
        {
            if (row.IriOf("s") is not { } s || row["name"] is not Literal name)
            {
                continue;
            }

            if (!types.TryGetValue(s, out var set))
            {
                types[s] = set = [];
            }

            if (row.IriOf("type") is { } type)
            {
                set.Add(type);
            }

            var isLabel = row.IriOf("naming")?.Value == Vocab.RdfsLabel;
            var score = Score(name.LexicalForm.ToLowerInvariant(), needle) * 2 + (isLabel ? 1 : 0);
            var label = row["label"] is Literal l ? l.LexicalForm : name.LexicalForm;
            if (!best.TryGetValue(s, out var known) || score > known.Score || (score == known.Score && name.LexicalForm.Length < known.Matched.Length))
            {
                best[s] = new SearchHit(s, label, name.LexicalForm, [], score);
            }
        }

        return [.. best.Values
            .Select(h => h with { Types = [.. types[h.Entity].OrderBy(t => t.Value, StringComparer.Ordinal)] })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Matched.Length)
            .ThenBy(h => h.Entity.Value, StringComparer.Ordinal)
            .Take(take)];
    }

    private static int Score(string name, string needle)
    {
        if (name == needle)
        {
            return 4;
        }

        if (name.StartsWith(needle, StringComparison.Ordinal))
        {
            return 3;
        }

        var at = name.IndexOf(needle, StringComparison.Ordinal);
        while (at > 0)
        {
            if (!char.IsLetterOrDigit(name[at - 1]))
            {
                return 2;
            }

            at = name.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        return 1;
    }
}
