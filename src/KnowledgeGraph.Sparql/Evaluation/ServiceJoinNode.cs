using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// <c>Join(P, SERVICE ...)</c> as a batched bound join: the left rows are read in batches of the executor's
/// <see cref="IServiceExecutor.BatchSize"/> and each batch becomes one request per endpoint whose VALUES block
/// carries the batch's distinct bindings of the service pattern's variables, instead of one request per row
/// (a bind join) or one unbound request that ships the whole remote pattern (a hash join). Order within a
/// batch follows the left side.
/// </summary>
public sealed class ServiceJoinNode : PlanNode
{
    public ServiceJoinNode(PlanNode left, ServiceNode service, bool transparent)
        : base(left, service)
    {
        Left = left;
        Service = service;
        Transparent = transparent;
    }

    public PlanNode Left { get; }

    public ServiceNode Service { get; }

    public bool Transparent { get; }

    // Seeding would mean one remote round per seed row; otherwise the parent evaluates this once and hash-joins.
    public override bool AcceptsSeed => Transparent;

    public override string Label(VariableTable variables) => "join (service, batched bound join)";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var size = Math.Max(1, context.Options.ServiceExecutor?.BatchSize ?? 1);
        var batch = new List<Term?[]>(size);
        foreach (var row in Left.Execute(seed, context, graph))
        {
            batch.Add(row);
            if (batch.Count == size)
            {
                foreach (var joined in Service.Join(batch, context))
                {
                    yield return joined;
                }

                batch = new List<Term?[]>(size);
            }
        }

        if (batch.Count > 0)
        {
            foreach (var joined in Service.Join(batch, context))
            {
                yield return joined;
            }
        }
    }
}
