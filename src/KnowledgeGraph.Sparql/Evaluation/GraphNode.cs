using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>GRAPH: evaluates the pattern in a named graph given by an IRI, or in each named graph bound to a variable.</summary>
public sealed class GraphNode : PlanNode
{
    public GraphNode(PatternSlot name, PlanNode input)
        : base(input)
    {
        Name = name;
        Input = input;
    }

    public PatternSlot Name { get; }

    public PlanNode Input { get; }

    public override bool AcceptsSeed => Input.AcceptsSeed;

    public override string Label(VariableTable variables) => "graph " + Name.Describe(variables);

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var fixedName = Name.Resolve(seed);
        IEnumerable<Term> names = fixedName is not null
            ? (context.IsNamedGraph(fixedName) ? [fixedName] : [])
            : context.NamedGraphs().ToList();
        foreach (var name in names)
        {
            var inner = seed;
            if (Name.IsVariable && seed[Name.Slot] is null && Input.AcceptsSeed)
            {
                inner = (Term?[])seed.Clone();
                inner[Name.Slot] = name;
            }

            foreach (var row in Input.Execute(inner, context, ActiveGraph.Named(name)))
            {
                if (!Name.IsVariable)
                {
                    yield return row;
                    continue;
                }

                var bound = row[Name.Slot];
                if (bound is null)
                {
                    var copy = (Term?[])row.Clone();
                    copy[Name.Slot] = name;
                    yield return copy;
                }
                else if (bound.Equals(name))
                {
                    yield return row;
                }
            }
        }
    }
}
