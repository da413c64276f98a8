using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>A property path pattern; the ends bound by the seed steer the search direction.</summary>
public sealed class PathNode : PlanNode
{
    public PathNode(PatternSlot subject, PropertyPath path, PatternSlot obj)
    {
        Subject = subject;
        Path = path;
        Object = obj;
    }

    public PatternSlot Subject { get; }

    public PropertyPath Path { get; }

    public PatternSlot Object { get; }

    public override bool AcceptsSeed => true;

    public override string Label(VariableTable variables) =>
        $"path {Subject.Describe(variables)} {SsePrinter.Print(Path)} {Object.Describe(variables)}";

    private static bool IsNode(ExecutionContext context, ActiveGraph graph, Term term) =>
        (term is not Literal && BgpNode.MatchOne(context, graph, term, null, null).Any()) || BgpNode.MatchOne(context, graph, null, null, term).Any();

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var s = Subject.Resolve(seed);
        var o = Object.Resolve(seed);
        if (s is null && o is null)
        {
            // Both ends open: evaluated once per run anyway, and the answer can be large, so it streams.
            return Extend(seed, Pairs(context, graph, s, o));
        }

        if (!context.PathMemo.TryGet(this, s, o, graph, out var pairs))
        {
            pairs = Pairs(context, graph, s, o).ToList();
            context.PathMemo.TryAdd(this, s, o, graph, pairs);
        }

        return Extend(seed, pairs);
    }

    /// <summary>The (subject, object) pairs the path relates for these ends, after the node and same-variable checks.</summary>
    private IEnumerable<(Term Subject, Term Object)> Pairs(ExecutionContext context, ActiveGraph graph, Term? s, Term? o)
    {
        var sameVariable = Subject.IsVariable && Subject.Slot == Object.Slot;
        var evaluator = new PathEvaluator(context, graph);

        // A zero-length path relates a graph's nodes to themselves; a term bound from a variable (not written in
        // the query) that is no node of the active graph has no such path (values_and_path).
        if (Path is ZeroOrOnePath or ZeroOrMorePath
            && ((Subject.IsVariable && s is not null && !IsNode(context, graph, s)) || (Object.IsVariable && o is not null && !IsNode(context, graph, o))))
        {
            yield break;
        }

        foreach (var (x, y) in evaluator.Evaluate(Path, s, o))
        {
            if (sameVariable && !x.Equals(y))
            {
                continue;
            }

            if (x.IsDefaultGraph)
            {
                continue;
            }

            yield return (x, y);
        }
    }

    private IEnumerable<Term?[]> Extend(Term?[] seed, IEnumerable<(Term Subject, Term Object)> pairs)
    {
        foreach (var (x, y) in pairs)
        {
            var row = seed;
            if (Subject.IsVariable && seed[Subject.Slot] is null)
            {
                row = (Term?[])row.Clone();
                row[Subject.Slot] = x;
            }

            if (Object.IsVariable && row[Object.Slot] is null)
            {
                if (ReferenceEquals(row, seed))
                {
                    row = (Term?[])row.Clone();
                }

                row[Object.Slot] = y;
            }

            yield return row;
        }
    }
}
