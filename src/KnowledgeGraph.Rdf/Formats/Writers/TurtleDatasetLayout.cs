using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// What a pretty Turtle or TriG document shows: the statements grouped by graph, subject and predicate (in
/// first-seen order, rdf:type first), which blank nodes can be inlined as <c>[ ... ]</c> and which of those
/// are cells of well-formed lists that can be written as <c>( ... )</c>.
/// </summary>
internal sealed class TurtleDatasetLayout
{
    private readonly Dictionary<BlankNode, BlankNodeUse> _blankUses = [];
    private readonly Dictionary<BlankNode, bool> _isListCell = [];
    private readonly HashSet<BlankNode> _inlinable = [];

    public TurtleDatasetLayout(IEnumerable<Quad> distinctQuads)
    {
        var byGraph = new Dictionary<Term, GraphStatements>();
        foreach (var quad in distinctQuads)
        {
            if (!byGraph.TryGetValue(quad.Graph, out var graph))
            {
                graph = new GraphStatements(quad.Graph);
                byGraph.Add(quad.Graph, graph);
            }

            graph.Add(quad.Subject, quad.Predicate, quad.Obj);
            if (quad.Subject is BlankNode subject)
            {
                Use(subject).SeenAsSubjectIn(quad.Graph);
            }

            if (quad.Obj is BlankNode obj)
            {
                Use(obj).SeenAsObject(quad.Subject, quad.Graph);
            }

            if (quad.Graph is BlankNode graphName)
            {
                Use(graphName).IsGraphName = true;
            }
        }

        // The default graph first, then named graphs in the order they were first met.
        Graphs = [.. byGraph.Values.OrderBy(g => g.Name.IsDefaultGraph ? 0 : 1)];
        FindInlinable();
    }

    public IReadOnlyList<GraphStatements> Graphs { get; }

    /// <summary>True for a blank node written in place as <c>[ ... ]</c> or <c>( ... )</c> at its one use as an object.</summary>
    public bool IsInlinable(Term term) => term is BlankNode b && _inlinable.Contains(b);

    /// <summary>
    /// True for a blank node that is never an object, never a graph name and a subject in one graph only:
    /// it can stand as <c>[ ... ] .</c> without a label.
    /// </summary>
    public bool IsAnonymousRoot(Term term) =>
        term is BlankNode b && _blankUses.TryGetValue(b, out var use) && use.ObjectUses == 0 && !use.IsGraphName && !use.SubjectInManyGraphs;

    /// <summary>
    /// True when <paramref name="term"/> is an inlinable blank node with exactly one rdf:first and one
    /// rdf:rest and nothing else, whose rdf:rest is rdf:nil or another such cell: the head of a list.
    /// </summary>
    public bool IsListHead(Term term, GraphStatements graph) => term is BlankNode b && IsListCell(b, graph);

    private BlankNodeUse Use(BlankNode node)
    {
        if (!_blankUses.TryGetValue(node, out var use))
        {
            use = new BlankNodeUse();
            _blankUses.Add(node, use);
        }

        return use;
    }

    /// <summary>
    /// A blank node is inlinable when it is used once as an object, is no graph name, has its own
    /// statements (if any) in the graph of that use, and is not on a cycle of such nodes: following the
    /// "used by" links upwards must reach a node that is written at the top level. Every node on a cycle
    /// keeps its label, so the cycle is written with labels and the nodes hanging off it still inline.
    /// </summary>
    private void FindInlinable()
    {
        var candidates = new Dictionary<BlankNode, Term>();
        foreach (var (node, use) in _blankUses)
        {
            if (use.ObjectUses == 1 && !use.IsGraphName && !use.SubjectInManyGraphs
                && (use.SubjectGraph is null || use.SubjectGraph.Equals(use.ObjectGraph)))
            {
                candidates.Add(node, use.UsedBy!);
            }
        }

        var settled = new Dictionary<BlankNode, bool>();
        var path = new List<BlankNode>();
        var onPath = new HashSet<BlankNode>();
        foreach (var start in candidates.Keys)
        {
            if (settled.ContainsKey(start))
            {
                continue;
            }

            path.Clear();
            onPath.Clear();
            Term current = start;
            while (current is BlankNode b && candidates.TryGetValue(b, out var parent) && !settled.ContainsKey(b) && onPath.Add(b))
            {
                path.Add(b);
                current = parent;
            }

            var cycleStart = current is BlankNode c && onPath.Contains(c) ? path.IndexOf(c) : path.Count;
            for (var i = 0; i < path.Count; i++)
            {
                settled[path[i]] = i < cycleStart;
            }
        }

        foreach (var (node, inlinable) in settled)
        {
            if (inlinable)
            {
                _inlinable.Add(node);
            }
        }
    }

    private bool IsListCell(BlankNode head, GraphStatements graph)
    {
        if (_isListCell.TryGetValue(head, out var known))
        {
            return known;
        }

        // Walk the rdf:rest chain iteratively (lists can be long), then settle every cell walked.
        var chain = new List<BlankNode>();
        var result = false;
        Term current = head;
        while (true)
        {
            if (current is Iri nil && nil.Equals(RdfVocabulary.Nil))
            {
                result = chain.Count > 0;
                break;
            }

            if (current is not BlankNode cell || !_inlinable.Contains(cell))
            {
                break;
            }

            if (_isListCell.TryGetValue(cell, out known))
            {
                result = known;
                break;
            }

            if (graph.Find(cell) is not { } statements || !statements.IsListCellShape(out var rest))
            {
                chain.Add(cell);
                break;
            }

            chain.Add(cell);
            current = rest;
        }

        foreach (var cell in chain)
        {
            _isListCell[cell] = result;
        }

        // A cell that failed its own shape check is not a list cell even if a known tail said yes.
        return _isListCell.TryGetValue(head, out known) && known;
    }

    /// <summary>How a blank node is used across the whole dataset.</summary>
    private sealed class BlankNodeUse
    {
        public int ObjectUses { get; private set; }

        public Term? UsedBy { get; private set; }

        public Term? ObjectGraph { get; private set; }

        public Term? SubjectGraph { get; private set; }

        public bool SubjectInManyGraphs { get; private set; }

        public bool IsGraphName { get; set; }

        public void SeenAsObject(Term subject, Term graph)
        {
            ObjectUses++;
            UsedBy = subject;
            ObjectGraph = graph;
        }

        public void SeenAsSubjectIn(Term graph)
        {
            if (SubjectGraph is null)
            {
                SubjectGraph = graph;
            }
            else if (!SubjectGraph.Equals(graph))
            {
                SubjectInManyGraphs = true;
            }
        }
    }
}

/// <summary>The statements of one graph, by subject in first-seen order.</summary>
internal sealed class GraphStatements(Term name)
{
    private readonly Dictionary<Term, SubjectStatements> _bySubject = [];
    private readonly List<SubjectStatements> _subjects = [];

    public Term Name { get; } = name;

    public IReadOnlyList<SubjectStatements> Subjects => _subjects;

    public SubjectStatements? Find(Term subject) => _bySubject.GetValueOrDefault(subject);

    public void Add(Term subject, Iri predicate, Term obj)
    {
        if (!_bySubject.TryGetValue(subject, out var statements))
        {
            statements = new SubjectStatements(subject);
            _bySubject.Add(subject, statements);
            _subjects.Add(statements);
        }

        statements.Add(predicate, obj);
    }
}

/// <summary>The predicates and objects of one subject in one graph: rdf:type first, then in first-seen order.</summary>
internal sealed class SubjectStatements(Term subject)
{
    private readonly Dictionary<Iri, List<Term>> _objects = [];
    private readonly List<Iri> _predicates = [];

    public Term Subject { get; } = subject;

    public int PredicateCount => _predicates.Count;

    public int StatementCount { get; private set; }

    public IEnumerable<(Iri Predicate, IReadOnlyList<Term> Objects)> Predicates
    {
        get
        {
            if (_objects.TryGetValue(RdfVocabulary.Type, out var types))
            {
                yield return (RdfVocabulary.Type, types);
            }

            foreach (var p in _predicates)
            {
                if (!p.Equals(RdfVocabulary.Type))
                {
                    yield return (p, _objects[p]);
                }
            }
        }
    }

    public void Add(Iri predicate, Term obj)
    {
        if (!_objects.TryGetValue(predicate, out var list))
        {
            list = [];
            _objects.Add(predicate, list);
            _predicates.Add(predicate);
        }

        list.Add(obj);
        StatementCount++;
    }

    /// <summary>Exactly one rdf:first and one rdf:rest and nothing else; <paramref name="rest"/> is the rdf:rest.</summary>
    public bool IsListCellShape(out Term rest)
    {
        rest = RdfVocabulary.Nil;
        if (StatementCount != 2
            || !_objects.TryGetValue(RdfVocabulary.First, out var first) || first.Count != 1
            || !_objects.TryGetValue(RdfVocabulary.Rest, out var rests) || rests.Count != 1)
        {
            return false;
        }

        rest = rests[0];
        return true;
    }

    /// <summary>The rdf:first of a list cell.</summary>
    public Term First => _objects[RdfVocabulary.First][0];
}
