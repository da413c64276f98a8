using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>UNION: the left solutions, then the right ones (a multiset union).</summary>
public sealed class UnionNode : PlanNode
{
    public UnionNode(PlanNode left, PlanNode right)
        : base(left, right)
    {
        Left = left;
        Right = right;
    }

    public PlanNode Left { get; }

    public PlanNode Right { get; }

    public override bool AcceptsSeed => true;

    public override string Label(VariableTable variables) => "union";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        Left.Execute(seed, context, graph).Concat(Right.Execute(seed, context, graph));
}
