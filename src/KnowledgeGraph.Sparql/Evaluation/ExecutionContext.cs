using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Everything one running query shares: the source, the dataset, the limits and the builtin context.</summary>
public sealed class ExecutionContext
{
    private int _tick;

    public ExecutionContext(IQuadSource source, VariableTable variables, QueryContext query, EvaluationOptions options,
        ActiveGraph defaultGraph, IReadOnlyList<Term>? namedGraphs)
    {
        Source = source;
        Variables = variables;
        Query = query;
        Options = options;
        DefaultGraph = defaultGraph;
        NamedGraphsOverride = namedGraphs;
    }

    public IQuadSource Source { get; }

    public VariableTable Variables { get; }

    public QueryContext Query { get; }

    public EvaluationOptions Options { get; }

    public ActiveGraph DefaultGraph { get; }

    /// <summary>The FROM NAMED graphs, or null when the source's named graphs are the dataset's.</summary>
    public IReadOnlyList<Term>? NamedGraphsOverride { get; }

    public int Width => Variables.Count;

    /// <summary>Property-path answers already computed in this run (see <see cref="PathMemo"/>).</summary>
    public PathMemo PathMemo { get; } = new();

    /// <summary>
    /// The key sets of decorrelated EXISTS patterns computed in this run, per pattern and graph. They belong to one
    /// execution: a prepared query run again after a commit must not see the keys of the data before it.
    /// </summary>
    public Dictionary<object, Dictionary<Term, HashSet<Term?[]>>> ExistsKeys { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>What an operator remembers across its executions within this run, per operator and graph (e.g. a BGP's pattern tables).</summary>
    public Dictionary<(object Owner, Term? Graph), object> OperatorMemory { get; } = [];

    public Term?[] NewRow() => new Term?[Variables.Count];

    public IEnumerable<Term> NamedGraphs() => NamedGraphsOverride ?? Source.NamedGraphs();

    public bool IsNamedGraph(Term name) =>
        NamedGraphsOverride is { } list ? list.Contains(name) : Source.Match(null, null, null, name).Any();

    /// <summary>Cheap cancellation and timeout check for inner loops (the clock is read every 1024 calls).</summary>
    public void Tick()
    {
        if ((++_tick & 1023) == 0)
        {
            Query.CheckContinue();
        }
    }

    public void CheckLimit(long count, string what)
    {
        if (count > Options.MaxMaterializedRows)
        {
            throw new QueryLimitException(
                $"{what} holds more than {Options.MaxMaterializedRows} rows, the configured limit (EvaluationOptions.MaxMaterializedRows).");
        }
    }
}
