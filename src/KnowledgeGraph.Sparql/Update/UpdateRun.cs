using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Runs the operations of one request against the overlay (section 3 of SPARQL 1.1 Update). Every operation checks
/// what can fail before it changes anything, so that an operation failing under SILENT leaves no partial change.
/// </summary>
internal sealed class UpdateRun
{
    private readonly OverlayQuadSource _view;
    private readonly Prologue _prologue;
    private readonly UpdateOptions _options;
    private readonly DateTime? _deadline;
    private readonly BlankNodeAllocator _blankNodes = new();
    private int _tick;

    public UpdateRun(OverlayQuadSource view, Prologue prologue, UpdateOptions options, DateTime? deadline)
    {
        _view = view;
        _prologue = prologue;
        _options = options;
        _deadline = deadline;
    }

    public void Execute(UpdateOperation operation, int index)
    {
        CheckContinue();
        try
        {
            Run(operation);
        }
        catch (SparqlUpdateFailure failure)
        {
            if (IsSilent(operation))
            {
                return;
            }

            throw new SparqlUpdateException(failure.Message, index, failure.InnerException);
        }
    }

    public void CheckContinue()
    {
        _options.Cancellation.ThrowIfCancellationRequested();
        if (_deadline is { } deadline && DateTime.UtcNow > deadline)
        {
            throw new QueryTimeoutException("The update ran past its timeout; nothing was changed.");
        }
    }

    private static bool IsSilent(UpdateOperation operation) => operation switch
    {
        Load l => l.Silent,
        Clear c => c.Silent,
        Create c => c.Silent,
        Drop d => d.Silent,
        Copy c => c.Silent,
        Move m => m.Silent,
        Add a => a.Silent,
        _ => false,
    };

    private void Run(UpdateOperation operation)
    {
        switch (operation)
        {
            case InsertData insert:
                var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
                foreach (var quad in insert.Quads)
                {
                    Tick();
                    _view.Insert(new Quad(Fresh(quad.Subject, fresh), quad.Predicate, Fresh(quad.Obj, fresh), quad.Graph));
                }

                break;
            case DeleteData delete:
                foreach (var quad in delete.Quads)
                {
                    Tick();
                    _view.Delete(quad);
                }

                break;
            case DeleteWhere deleteWhere:
                Modify(new Modify(null, deleteWhere.Patterns, [], [], [], WherePattern(deleteWhere.Patterns)));
                break;
            case Modify modify:
                Modify(modify);
                break;
            case Load load:
                Load(load);
                break;
            case Clear clear:
                Clear(clear.Target, drop: false);
                break;
            case Drop drop:
                Clear(drop.Target, drop: true);
                break;
            case Create create:
                if (_view.GraphExists(create.Graph))
                {
                    throw new SparqlUpdateFailure($"CREATE GRAPH {create.Graph}: the graph already exists.");
                }

                _view.RecordEmptyGraph(create.Graph);
                break;
            case Add add:
                Transfer("ADD", add.From, add.To, clearTarget: false, dropSource: false);
                break;
            case Copy copy:
                Transfer("COPY", copy.From, copy.To, clearTarget: true, dropSource: false);
                break;
            case Move move:
                Transfer("MOVE", move.From, move.To, clearTarget: true, dropSource: true);
                break;
            default:
                throw new SparqlUpdateFailure($"unsupported update operation {operation.GetType().Name}.");
        }
    }

    /// <summary>DELETE/INSERT: the WHERE solutions are computed first, then every delete, then every insert.</summary>
    private void Modify(Modify modify)
    {
        var templateGraph = modify.With is { } with ? (Term)with : DefaultGraph.Instance;
        var variables = modify.Delete.Concat(modify.Insert)
            .SelectMany(q => new[] { q.Subject, q.Predicate, q.Object, q.Graph })
            .OfType<Variable>()
            .Where(v => !v.IsBlankNodeVariable)
            .Distinct()
            .ToValueArray();
        var query = new SelectQuery(modify.Where, variables, false, Dataset.Unspecified, _prologue);
        var engine = new SparqlEngine(_view, new EvaluationOptions
        {
            Timeout = Remaining(),
            Cancellation = _options.Cancellation,
            MaxMaterializedRows = _options.MaxMaterializedRows,
            Now = _options.Now,
            ServiceExecutor = _options.ServiceExecutor,
        });
        var solutions = ((SolutionSequence)engine.Query(query, WhereDataset(modify))).Rows.ToList();

        var deletes = new List<Quad>();
        var inserts = new List<Quad>();
        foreach (var row in solutions)
        {
            Tick();
            foreach (var pattern in modify.Delete)
            {
                if (Instantiate(pattern, row, templateGraph, null) is { } quad)
                {
                    deletes.Add(quad);
                }
            }

            // Blank nodes of the INSERT template are fresh for each solution.
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var pattern in modify.Insert)
            {
                if (Instantiate(pattern, row, templateGraph, fresh) is { } quad)
                {
                    inserts.Add(quad);
                }
            }
        }

        foreach (var quad in deletes)
        {
            Tick();
            _view.Delete(quad);
        }

        foreach (var quad in inserts)
        {
            Tick();
            _view.Insert(quad);
        }
    }

    /// <summary>USING / USING NAMED, else the protocol's using-graph-uri parameters, else WITH for the default graph.</summary>
    private QueryDataset? WhereDataset(Modify modify)
    {
        if (!modify.Using.IsEmpty || !modify.UsingNamed.IsEmpty)
        {
            return new QueryDataset([.. modify.Using], [.. modify.UsingNamed]);
        }

        if (_options.UsingGraphs is not null || _options.UsingNamedGraphs is not null)
        {
            return new QueryDataset([.. _options.UsingGraphs ?? []], [.. _options.UsingNamedGraphs ?? []]);
        }

        return modify.With is { } with ? new QueryDataset([with]) : null;
    }

    /// <summary>DELETE WHERE's quad pattern as algebra: the default-graph triples as one BGP, joined with one GRAPH per graph term.</summary>
    private static Operator WherePattern(ValueArray<QuadPattern> patterns)
    {
        Operator pattern = new Bgp(patterns.Where(p => p.InDefaultGraph).Select(p => p.Triple).ToValueArray());
        foreach (var group in patterns.Where(p => !p.InDefaultGraph).GroupBy(p => p.Graph))
        {
            pattern = new Join(pattern, new Algebra.Graph(group.Key, new Bgp(group.Select(p => p.Triple).ToValueArray())));
        }

        return pattern;
    }

    /// <summary>A template quad for one solution, or null when a position is unbound or not a legal RDF term there.</summary>
    private Quad? Instantiate(QuadPattern pattern, SolutionRow row, Term templateGraph, Dictionary<string, BlankNode>? fresh)
    {
        var s = Resolve(pattern.Subject, row, fresh);
        var p = Resolve(pattern.Predicate, row, fresh);
        var o = Resolve(pattern.Object, row, fresh);
        var g = pattern.InDefaultGraph ? templateGraph : Resolve(pattern.Graph, row, fresh);
        if (s is null or Literal or DefaultGraph || p is not Iri predicate || o is null or DefaultGraph || g is not (Iri or DefaultGraph))
        {
            return null;
        }

        return new Quad(s, predicate, o, g);
    }

    private Term? Resolve(PatternNode node, SolutionRow row, Dictionary<string, BlankNode>? fresh) => node switch
    {
        Variable { IsBlankNodeVariable: true } v => fresh is null ? null : FreshNode(v.Name, fresh),
        Variable v => row.Variables.IndexOf(v.Name) >= 0 ? row[v.Name] : null,
        TermNode { Term: BlankNode b } => fresh is null ? null : FreshNode(b.Label, fresh),
        TermNode t => t.Term,
        _ => null,
    };

    private BlankNode FreshNode(string label, Dictionary<string, BlankNode> fresh)
    {
        if (!fresh.TryGetValue(label, out var node))
        {
            node = _blankNodes.Next();
            fresh.Add(label, node);
        }

        return node;
    }

    private Term Fresh(Term term, Dictionary<string, BlankNode> fresh) => term is BlankNode b ? FreshNode(b.Label, fresh) : term;

    private void Load(Load load)
    {
        List<Quad> quads;
        try
        {
            quads = _options.Loader.Load(load.Source, _options.Cancellation).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException and not QueryTimeoutException)
        {
            throw new SparqlUpdateFailure($"LOAD <{load.Source.Value}> failed: {e.Message}", e);
        }

        Term target = load.Into is { } into ? into : DefaultGraph.Instance;
        if (load.Into is not null)
        {
            _view.RecordEmptyGraph(target);
        }

        var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        foreach (var quad in quads)
        {
            Tick();
            _view.Insert(new Quad(Fresh(quad.Subject, fresh), quad.Predicate, Fresh(quad.Obj, fresh), quad.InDefaultGraph ? target : quad.Graph));
        }
    }

    /// <summary>CLEAR (graphs stay, empty) and DROP (graphs go).</summary>
    private void Clear(GraphTarget target, bool drop)
    {
        var verb = drop ? "DROP" : "CLEAR";
        switch (target.Kind)
        {
            case GraphTargetKind.Graph:
                if (!_view.GraphExists(target.Graph!))
                {
                    throw new SparqlUpdateFailure($"{verb} GRAPH {target.Graph}: the graph does not exist.");
                }

                ClearGraph(target.Graph!, drop);
                break;
            case GraphTargetKind.Default:
                ClearGraph(DefaultGraph.Instance, drop);
                break;
            case GraphTargetKind.Named:
                ClearNamed(drop);
                break;
            case GraphTargetKind.All:
                ClearGraph(DefaultGraph.Instance, drop);
                ClearNamed(drop);
                break;
        }
    }

    private void ClearNamed(bool drop)
    {
        foreach (var graph in _view.NamedGraphs().Concat(_view.EmptyGraphRecords).Distinct().ToList())
        {
            ClearGraph(graph, drop);
        }
    }

    private void ClearGraph(Term graph, bool drop)
    {
        var existed = !graph.IsDefaultGraph && _view.GraphExists(graph);
        foreach (var quad in _view.QuadsIn(graph))
        {
            Tick();
            _view.Delete(quad);
        }

        if (graph.IsDefaultGraph)
        {
            return;
        }

        if (drop)
        {
            _view.ForgetEmptyGraph(graph);
        }
        else if (existed)
        {
            _view.RecordEmptyGraph(graph);
        }
    }

    /// <summary>ADD, COPY and MOVE: the source must exist; the same graph as source and target changes nothing.</summary>
    private void Transfer(string verb, GraphTarget from, GraphTarget to, bool clearTarget, bool dropSource)
    {
        var source = GraphOf(from);
        var target = GraphOf(to);
        if (!_view.GraphExists(source))
        {
            throw new SparqlUpdateFailure($"{verb}: the source graph {source} does not exist.");
        }

        if (source.Equals(target))
        {
            return;
        }

        var quads = _view.QuadsIn(source);
        if (clearTarget)
        {
            ClearGraph(target, drop: false);
        }

        if (!target.IsDefaultGraph)
        {
            _view.RecordEmptyGraph(target);
        }

        foreach (var quad in quads)
        {
            Tick();
            _view.Insert(new Quad(quad.Subject, quad.Predicate, quad.Obj, target));
        }

        if (dropSource)
        {
            ClearGraph(source, drop: true);
        }
    }

    private static Term GraphOf(GraphTarget target) =>
        target.Kind == GraphTargetKind.Default ? DefaultGraph.Instance : target.Graph!;

    private TimeSpan? Remaining()
    {
        if (_deadline is not { } deadline)
        {
            return null;
        }

        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero)
        {
            throw new QueryTimeoutException("The update ran past its timeout; nothing was changed.");
        }

        return left;
    }

    private void Tick()
    {
        if ((++_tick & 1023) == 0)
        {
            CheckContinue();
        }
    }

    /// <summary>An operation failed; SILENT turns it into success, otherwise the request fails.</summary>
    private sealed class SparqlUpdateFailure(string message, Exception? inner = null) : Exception(message, inner);
}
