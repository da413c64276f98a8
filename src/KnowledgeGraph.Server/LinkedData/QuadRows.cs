using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Collects <c>?g ?s ?p ?o</c> rows from several queries into quads. Blank nodes are renamed per query (a label means
/// the same node only within one result), and a triple seen in the default graph (the union) is kept there only when
/// no named graph holds it, so each triple lands in the graphs it really is in.
/// </summary>
public sealed class QuadRows
{
    private readonly Dictionary<Triple, HashSet<Term>> _graphs = [];
    private readonly List<Triple> _order = [];
    private int _query;
    private int _blankNodes;

    public void Add(IReadOnlyList<SolutionRow> rows)
    {
        _query++;
        var renamed = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row["s"] is not { } s || row["p"] is not Iri p || row["o"] is not { } o || s is Literal)
            {
                continue;
            }

            var triple = new Triple(Rename(s, renamed), p, Rename(o, renamed));
            Term graph = row["g"] is { } g and not Literal ? Rename(g, renamed) : DefaultGraph.Instance;
            if (!_graphs.TryGetValue(triple, out var graphs))
            {
                _graphs[triple] = graphs = [];
                _order.Add(triple);
            }

            graphs.Add(graph);
        }
    }

    /// <summary>The quads, each triple in its named graphs, or in the default graph when it is in none.</summary>
    public IReadOnlyList<Quad> Quads()
    {
        var quads = new List<Quad>(_order.Count);
        foreach (var triple in _order)
        {
            var graphs = _graphs[triple];
            var named = graphs.Where(g => g is not DefaultGraph).ToList();
            foreach (var graph in named.Count > 0 ? named : [DefaultGraph.Instance])
            {
                quads.Add(new Quad(triple.Subject, triple.Predicate, triple.Obj, graph));
            }
        }

        return quads;
    }

    private Term Rename(Term term, Dictionary<string, BlankNode> renamed)
    {
        if (term is not BlankNode b)
        {
            return term;
        }

        if (!renamed.TryGetValue(b.Label, out var fresh))
        {
            renamed[b.Label] = fresh = new BlankNode($"q{_query}b{++_blankNodes}");
        }

        return fresh;
    }
}
