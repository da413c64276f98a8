using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A quad pattern of an update template. <see cref="Graph"/> is a variable, an IRI, or
/// <see cref="DefaultGraph.Instance"/> (as a <see cref="TermNode"/>) for the default graph.
/// </summary>
public sealed record QuadPattern(PatternNode Subject, PatternNode Predicate, PatternNode Object, PatternNode Graph)
{
    public static readonly PatternNode DefaultGraphNode = new TermNode(DefaultGraph.Instance);

    public bool InDefaultGraph => Graph is TermNode { Term.Kind: TermKind.DefaultGraph };

    public TriplePattern Triple => new(Subject, Predicate, Object);

    public override string ToString() => InDefaultGraph ? $"{Subject} {Predicate} {Object}" : $"{Graph} {Subject} {Predicate} {Object}";
}
