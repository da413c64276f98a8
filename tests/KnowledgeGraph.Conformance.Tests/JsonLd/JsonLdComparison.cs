using KnowledgeGraph.Rdf.Formats.JsonLd;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>
/// JSON-LD object comparison as the suite's README defines it: objects member by member, arrays as
/// unordered multisets except the values of <c>@list</c>, language tags case-insensitively.
/// </summary>
public static class JsonLdComparison
{
    public static bool Equivalent(object? a, object? b, string? key = null)
    {
        switch (a)
        {
            case JsonMap ma:
                if (b is not JsonMap mb || ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (k, v) in ma)
                {
                    if (!mb.TryGetValue(k, out var w) || !Equivalent(v, w, k))
                    {
                        return false;
                    }
                }

                return true;
            case JsonList la:
                if (b is not JsonList lb || la.Count != lb.Count)
                {
                    return false;
                }

                if (key == "@list")
                {
                    return la.Select((item, i) => Equivalent(item, lb[i])).All(x => x);
                }

                var unmatched = lb.ToList();
                foreach (var item in la)
                {
                    var match = unmatched.FindIndex(other => Equivalent(item, other));
                    if (match < 0)
                    {
                        return false;
                    }

                    unmatched.RemoveAt(match);
                }

                return true;
            case string sa when key == "@language":
                return b is string sb && string.Equals(sa, sb, StringComparison.OrdinalIgnoreCase);
            case null:
                return b is null;
            default:
                return a.Equals(b);
        }
    }
}
