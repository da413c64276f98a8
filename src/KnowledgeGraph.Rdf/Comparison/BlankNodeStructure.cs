using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// The quads of one side that mention a blank node, indexed for colour refinement: every blank node
/// gets a dense index, and every quad keeps, per position (subject, predicate, object, graph), either
/// the index of its blank node or the hash of its ground term.
/// </summary>
internal sealed class BlankNodeStructure
{
    public const int Positions = 4;

    private readonly Dictionary<BlankNode, int> _indexOf = new();

    public BlankNodeStructure(IReadOnlyList<Quad> quadsWithBlankNodes, Dictionary<Term, ulong> groundHashCache)
    {
        Quads = quadsWithBlankNodes;
        var nodes = new List<BlankNode>();
        NodeAt = new int[quadsWithBlankNodes.Count * Positions];
        GroundAt = new ulong[quadsWithBlankNodes.Count * Positions];
        for (var q = 0; q < quadsWithBlankNodes.Count; q++)
        {
            var quad = quadsWithBlankNodes[q];
            Set(q * Positions, quad.Subject);
            Set((q * Positions) + 1, quad.Predicate);
            Set((q * Positions) + 2, quad.Obj);
            Set((q * Positions) + 3, quad.Graph);
        }

        Nodes = nodes;

        // Adjacency: which quads each node occurs in (once per quad, however many positions).
        var counts = new int[nodes.Count];
        for (var q = 0; q < quadsWithBlankNodes.Count; q++)
        {
            ForEachDistinctNode(q, n => counts[n]++);
        }

        QuadsOf = new int[nodes.Count][];
        for (var n = 0; n < nodes.Count; n++)
        {
            QuadsOf[n] = new int[counts[n]];
            counts[n] = 0;
        }

        for (var q = 0; q < quadsWithBlankNodes.Count; q++)
        {
            var quadIndex = q;
            ForEachDistinctNode(q, n => QuadsOf[n][counts[n]++] = quadIndex);
        }

        void Set(int slot, Term term)
        {
            if (term is BlankNode blank)
            {
                if (!_indexOf.TryGetValue(blank, out var index))
                {
                    index = nodes.Count;
                    nodes.Add(blank);
                    _indexOf.Add(blank, index);
                }

                NodeAt[slot] = index;
            }
            else
            {
                NodeAt[slot] = -1;
                if (!groundHashCache.TryGetValue(term, out var hash))
                {
                    hash = StableTermHash.Of(term);
                    groundHashCache.Add(term, hash);
                }

                GroundAt[slot] = hash;
            }
        }
    }

    /// <summary>The distinct quads that mention at least one blank node.</summary>
    public IReadOnlyList<Quad> Quads { get; }

    /// <summary>The blank nodes, in index order.</summary>
    public IReadOnlyList<BlankNode> Nodes { get; }

    /// <summary>Per quad and position: the blank node's index, or -1 for a ground term.</summary>
    public int[] NodeAt { get; }

    /// <summary>Per quad and position: the ground term's hash (meaningless where <see cref="NodeAt"/> is not -1).</summary>
    public ulong[] GroundAt { get; }

    /// <summary>Per node: the indices of the quads it occurs in.</summary>
    public int[][] QuadsOf { get; }

    public int IndexOf(BlankNode node) => _indexOf[node];

    private void ForEachDistinctNode(int quad, Action<int> action)
    {
        var start = quad * Positions;
        for (var p = 0; p < Positions; p++)
        {
            var n = NodeAt[start + p];
            if (n < 0)
            {
                continue;
            }

            var seenBefore = false;
            for (var earlier = 0; earlier < p; earlier++)
            {
                if (NodeAt[start + earlier] == n)
                {
                    seenBefore = true;
                    break;
                }
            }

            if (!seenBefore)
            {
                action(n);
            }
        }
    }
}
