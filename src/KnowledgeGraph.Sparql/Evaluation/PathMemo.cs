using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The answers of property-path evaluations within one query run, keyed by the path node, its bound ends and the
/// active graph. A path joined after another pattern is evaluated once per incoming row, and those rows repeat the
/// same start node many times (q5: many events in one settlement); remembering the pairs turns that into one
/// evaluation per distinct start. Bounded: once <see cref="MaxPairs"/> pairs are held, nothing more is kept.
/// </summary>
public sealed class PathMemo
{
    /// <summary>Pairs held across all entries before the memo stops growing (memory stays bounded).</summary>
    public const int MaxPairs = 1 << 20;

    private readonly Dictionary<Key, List<(Term Subject, Term Object)>> _entries = [];
    private int _pairs;

    public bool TryGet(PathNode node, Term? subject, Term? obj, ActiveGraph graph, out List<(Term Subject, Term Object)> pairs) =>
        _entries.TryGetValue(new Key(node, subject, obj, graph), out pairs!);

    /// <summary>Keeps the pairs when there is room; returns whether they were kept.</summary>
    public bool TryAdd(PathNode node, Term? subject, Term? obj, ActiveGraph graph, List<(Term Subject, Term Object)> pairs)
    {
        if (_pairs + pairs.Count + 1 > MaxPairs)
        {
            return false;
        }

        _pairs += pairs.Count + 1;
        _entries[new Key(node, subject, obj, graph)] = pairs;
        return true;
    }

    // ActiveGraph compares by reference: the same instance is the same graph, which is all the memo needs.
    private readonly record struct Key(PathNode Node, Term? Subject, Term? Object, ActiveGraph Graph);
}
