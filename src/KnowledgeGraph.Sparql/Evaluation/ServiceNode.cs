using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>SERVICE: federation is disabled, so the query fails (or, with SILENT, yields one empty solution).</summary>
public sealed class ServiceNode : PlanNode
{
    public ServiceNode(string endpoint, bool silent)
    {
        Endpoint = endpoint;
        Silent = silent;
    }

    public string Endpoint { get; }

    public bool Silent { get; }

    public override string Label(VariableTable variables) => $"service {(Silent ? "silent " : string.Empty)}{Endpoint}";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (!Silent)
        {
            throw new SparqlEvaluationException($"SERVICE {Endpoint}: federated queries are disabled.");
        }

        yield return seed;
    }
}
