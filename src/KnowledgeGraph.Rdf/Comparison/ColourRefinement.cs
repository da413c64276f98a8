namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// Colour refinement (1-dimensional Weisfeiler-Leman) of blank nodes, run on both sides in lock step.
/// A node's next colour hashes its current colour with the multiset of the quads it occurs in, each
/// quad seen from that node: ground terms by their hash, other blank nodes by their current colour,
/// the node itself by a marker. Colours are isomorphism invariants, so two isomorphic sides always
/// end with the same colour histogram; a histogram that differs proves they are not isomorphic.
/// </summary>
internal static class ColourRefinement
{
    private const ulong SelfMarker = 0x5E1F5E1F5E1F5E1FUL;

    /// <summary>
    /// Refines <paramref name="left"/> and <paramref name="right"/> (colours per node index) until the
    /// number of colour classes stops growing. Returns false when the histograms part ways.
    /// </summary>
    public static bool RefineBoth(BlankNodeStructure leftGraph, ref ulong[] left, BlankNodeStructure rightGraph, ref ulong[] right)
    {
        if (!SameHistogram(left, right, out var classes))
        {
            return false;
        }

        // Each round that does not merely repeat the partition splits at least one class, so at most n rounds.
        while (true)
        {
            var nextLeft = Step(leftGraph, left);
            var nextRight = Step(rightGraph, right);
            if (!SameHistogram(nextLeft, nextRight, out var nextClasses))
            {
                return false;
            }

            left = nextLeft;
            right = nextRight;
            if (nextClasses == classes)
            {
                return true;
            }

            classes = nextClasses;
        }
    }

    private static ulong[] Step(BlankNodeStructure graph, ulong[] colours)
    {
        var next = new ulong[colours.Length];
        for (var n = 0; n < colours.Length; n++)
        {
            // A commutative sum of well-mixed quad hashes is a hash of the multiset of neighbourhoods.
            ulong sum = 0;
            foreach (var q in graph.QuadsOf[n])
            {
                sum += QuadSeenFrom(graph, q, n, colours);
            }

            next[n] = StableTermHash.Combine(colours[n], sum);
        }

        return next;
    }

    private static ulong QuadSeenFrom(BlankNodeStructure graph, int quad, int self, ulong[] colours)
    {
        var start = quad * BlankNodeStructure.Positions;
        ulong h = 0x243F6A8885A308D3UL;
        for (var p = 0; p < BlankNodeStructure.Positions; p++)
        {
            var node = graph.NodeAt[start + p];
            var value = node < 0 ? graph.GroundAt[start + p] : node == self ? SelfMarker : colours[node];
            h = StableTermHash.Combine(h, value);
        }

        return StableTermHash.Mix(h);
    }

    private static bool SameHistogram(ulong[] left, ulong[] right, out int classes)
    {
        classes = 0;
        if (left.Length != right.Length)
        {
            return false;
        }

        var counts = new Dictionary<ulong, int>(left.Length);
        foreach (var c in left)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        classes = counts.Count;
        foreach (var c in right)
        {
            if (!counts.TryGetValue(c, out var count) || count == 0)
            {
                return false;
            }

            counts[c] = count - 1;
        }

        return true;
    }
}
