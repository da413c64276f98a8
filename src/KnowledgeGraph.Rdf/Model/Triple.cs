namespace KnowledgeGraph.Rdf.Model;

/// <summary>An RDF triple. The subject is an IRI or blank node; the object any term but the default graph.</summary>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Obj)
{
    public Quad InGraph(Term graph) => new(Subject, Predicate, Obj, graph);

    public override string ToString() => $"{Subject} {Predicate} {Obj} .";
}
