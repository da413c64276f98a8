using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// Isomorphism of RDF datasets (RDF 1.1 Concepts §3.6 extended to quads): two sets of quads are
/// isomorphic when a bijection between their blank nodes (in subject, object and graph-name position)
/// maps one set onto the other. Inputs are sets: duplicate quads are ignored.
/// </summary>
/// <remarks>
/// Ground quads are compared as sets. Blank nodes are coloured by iterative hash refinement of their
/// neighbourhoods; when classes of equal colour remain (symmetric graphs such as blank-node cycles of
/// equal length), one node is individualised against each same-coloured candidate in turn and the
/// refinement is re-run, so a symmetric cycle is resolved after one choice instead of n! of them.
/// A complete colouring gives the bijection, which is always verified quad by quad.
/// </remarks>
public static class GraphIsomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> a, IEnumerable<Quad> b) => FindBijection(a, b) is not null;

    /// <summary>
    /// A bijection from the blank nodes of <paramref name="a"/> to those of <paramref name="b"/> that maps
    /// the quads of a onto the quads of b, or null when the two are not isomorphic.
    /// </summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindBijection(IEnumerable<Quad> a, IEnumerable<Quad> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = SplitQuads.Of(a);
        var right = SplitQuads.Of(b);
        if (left.Ground.Count != right.Ground.Count
            || left.WithBlankNodes.Count != right.WithBlankNodes.Count
            || !left.Ground.SetEquals(right.Ground))
        {
            return null;
        }

        var hashes = new Dictionary<Term, ulong>();
        var leftGraph = new BlankNodeStructure(left.WithBlankNodes, hashes);
        var rightGraph = new BlankNodeStructure(right.WithBlankNodes, hashes);
        if (leftGraph.Nodes.Count != rightGraph.Nodes.Count)
        {
            return null;
        }

        var search = new BijectionSearch(leftGraph, rightGraph, new HashSet<Quad>(right.WithBlankNodes));
        return search.Run();
    }

    /// <summary>
    /// Null when <paramref name="a"/> and <paramref name="b"/> are isomorphic; otherwise a description of
    /// the difference for a test failure: the quads found on one side only. Quads with blank nodes are
    /// matched with their blank nodes wildcarded; when that matches everything the difference lies in how
    /// the blank nodes connect, and the blank-node quads of both sides are listed.
    /// </summary>
    public static string? Explain(IEnumerable<Quad> a, IEnumerable<Quad> b, int maxQuadsPerSide = 25)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = SplitQuads.Of(a);
        var right = SplitQuads.Of(b);
        if (FindBijection(left.All, right.All) is not null)
        {
            return null;
        }

        var report = new DifferenceReport(maxQuadsPerSide);
        report.Line($"Not isomorphic: {left.All.Count} distinct quads ({left.WithBlankNodes.Count} with blank nodes) vs {right.All.Count} ({right.WithBlankNodes.Count} with blank nodes).");
        report.Section("Ground quads only in the first", left.Ground.Where(q => !right.Ground.Contains(q)));
        report.Section("Ground quads only in the second", right.Ground.Where(q => !left.Ground.Contains(q)));

        var onlyLeft = WildcardDifference(left.WithBlankNodes, right.WithBlankNodes);
        var onlyRight = WildcardDifference(right.WithBlankNodes, left.WithBlankNodes);
        if (onlyLeft.Count > 0 || onlyRight.Count > 0)
        {
            report.Section("Blank-node quads only in the first (blank nodes as wildcards)", onlyLeft);
            report.Section("Blank-node quads only in the second (blank nodes as wildcards)", onlyRight);
        }
        else if (left.WithBlankNodes.Count > 0)
        {
            report.Line("Every quad has a counterpart with blank nodes as wildcards: the blank nodes are connected differently.");
            report.Section("Blank-node quads of the first", left.WithBlankNodes);
            report.Section("Blank-node quads of the second", right.WithBlankNodes);
        }

        return report.ToString();
    }

    /// <summary>The quads of <paramref name="from"/> left over after a multiset match against <paramref name="against"/> by shape.</summary>
    private static List<Quad> WildcardDifference(IReadOnlyList<Quad> from, IReadOnlyList<Quad> against)
    {
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var quad in against)
        {
            var key = Shape(quad);
            available[key] = available.GetValueOrDefault(key) + 1;
        }

        var leftOver = new List<Quad>();
        foreach (var quad in from)
        {
            var key = Shape(quad);
            if (available.TryGetValue(key, out var count) && count > 0)
            {
                available[key] = count - 1;
            }
            else
            {
                leftOver.Add(quad);
            }
        }

        return leftOver;
    }

    private static string Shape(Quad quad) =>
        $"{ShapeOf(quad.Subject)} {quad.Predicate} {ShapeOf(quad.Obj)} {ShapeOf(quad.Graph)}";

    private static string ShapeOf(Term term) => term.IsBlankNode ? "_:*" : term.ToString();
}
