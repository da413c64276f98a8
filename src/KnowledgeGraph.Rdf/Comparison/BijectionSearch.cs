using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// Individualisation-refinement search for a blank-node bijection: refine colours on both sides; if a
/// colour class still holds several nodes, pin one node of the left side to each same-coloured node of
/// the right side in turn (giving the pair a fresh colour), refine again and recurse. When every class
/// is a singleton the colours name the bijection, which is then checked quad by quad.
/// </summary>
internal sealed class BijectionSearch(BlankNodeStructure left, BlankNodeStructure right, HashSet<Quad> rightQuads)
{
    private const ulong IndividualisedMarker = 0x1D1D1D1D1D1D1D1DUL;

    public IReadOnlyDictionary<BlankNode, BlankNode>? Run()
    {
        // Every node starts with the same colour; the ground neighbourhood splits them in the first round.
        var leftColours = new ulong[left.Nodes.Count];
        var rightColours = new ulong[right.Nodes.Count];
        Array.Fill(leftColours, 1UL);
        Array.Fill(rightColours, 1UL);
        if (!ColourRefinement.RefineBoth(left, ref leftColours, right, ref rightColours))
        {
            return null;
        }

        return Greedy((ulong[])leftColours.Clone(), (ulong[])rightColours.Clone(), wholeClass: true)
            ?? Greedy((ulong[])leftColours.Clone(), (ulong[])rightColours.Clone(), wholeClass: false)
            ?? Search(leftColours, rightColours, depth: 0);
    }

    /// <summary>
    /// One branch of the search followed without recursion or copies, in memory proportional to the graph.
    /// With <paramref name="wholeClass"/>, every node of the chosen class is paired at once, in index order:
    /// a guess that settles many interchangeable nodes in one refinement instead of one refinement per node.
    /// Without it, one pair per step: the first branch of <see cref="Search"/>, which settles symmetric
    /// cycles. Any result is verified, so a wrong guess only costs time; null sends the caller on.
    /// </summary>
    private Dictionary<BlankNode, BlankNode>? Greedy(ulong[] leftColours, ulong[] rightColours, bool wholeClass)
    {
        for (var depth = 0; ; depth++)
        {
            if (SmallestNonTrivialClass(leftColours) is not { } colour)
            {
                return Verify(leftColours, rightColours);
            }

            var rightIndex = 0;
            var pairs = 0;
            for (var leftIndex = 0; leftIndex < leftColours.Length && (wholeClass || pairs == 0); leftIndex++)
            {
                if (leftColours[leftIndex] != colour)
                {
                    continue;
                }

                while (rightColours[rightIndex] != colour)
                {
                    rightIndex++;
                }

                var fresh = StableTermHash.Combine(colour ^ IndividualisedMarker, ((ulong)depth << 32) | (uint)pairs++);
                leftColours[leftIndex] = fresh;
                rightColours[rightIndex] = fresh;
            }

            if (!ColourRefinement.RefineBoth(left, ref leftColours, right, ref rightColours))
            {
                return null;
            }
        }
    }

    private Dictionary<BlankNode, BlankNode>? Search(ulong[] leftColours, ulong[] rightColours, int depth)
    {
        if (!ColourRefinement.RefineBoth(left, ref leftColours, right, ref rightColours))
        {
            return null;
        }

        var chosen = SmallestNonTrivialClass(leftColours);
        if (chosen is null)
        {
            return Verify(leftColours, rightColours);
        }

        var colour = chosen.Value;
        var pinned = Array.IndexOf(leftColours, colour);
        var fresh = StableTermHash.Combine(colour ^ IndividualisedMarker, (ulong)depth);
        for (var candidate = 0; candidate < rightColours.Length; candidate++)
        {
            if (rightColours[candidate] != colour)
            {
                continue;
            }

            var nextLeft = (ulong[])leftColours.Clone();
            var nextRight = (ulong[])rightColours.Clone();
            nextLeft[pinned] = fresh;
            nextRight[candidate] = fresh;
            var found = Search(nextLeft, nextRight, depth + 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The colour of the smallest class with more than one node (fewest branches), or null if all are singletons.</summary>
    private static ulong? SmallestNonTrivialClass(ulong[] colours)
    {
        var sizes = new Dictionary<ulong, int>(colours.Length);
        foreach (var c in colours)
        {
            sizes[c] = sizes.GetValueOrDefault(c) + 1;
        }

        ulong? best = null;
        var bestSize = int.MaxValue;
        foreach (var c in colours)
        {
            var size = sizes[c];
            if (size > 1 && size < bestSize)
            {
                best = c;
                bestSize = size;
            }
        }

        return best;
    }

    private Dictionary<BlankNode, BlankNode>? Verify(ulong[] leftColours, ulong[] rightColours)
    {
        var rightByColour = new Dictionary<ulong, BlankNode>(rightColours.Length);
        for (var n = 0; n < rightColours.Length; n++)
        {
            rightByColour[rightColours[n]] = right.Nodes[n];
        }

        var mapping = new Dictionary<BlankNode, BlankNode>(leftColours.Length);
        for (var n = 0; n < leftColours.Length; n++)
        {
            mapping[left.Nodes[n]] = rightByColour[leftColours[n]];
        }

        // Same number of distinct quads on both sides and an injective mapping: containment is equality.
        foreach (var quad in left.Quads)
        {
            var mapped = new Quad(Map(quad.Subject), quad.Predicate, Map(quad.Obj), Map(quad.Graph));
            if (!rightQuads.Contains(mapped))
            {
                return null;
            }
        }

        return mapping;

        Term Map(Term term) => term is BlankNode blank ? mapping[blank] : term;
    }
}
