namespace KnowledgeGraph.Rdf.Model;

/// <summary>
/// A triple in a graph: <see cref="Graph"/> is an IRI, a blank node, or <see cref="DefaultGraph.Instance"/>.
/// </summary>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Obj, Term Graph) : IComparable<Quad>
{
    public Quad(Term subject, Iri predicate, Term obj)
        : this(subject, predicate, obj, DefaultGraph.Instance)
    {
    }

    public bool InDefaultGraph => Graph.Kind == TermKind.DefaultGraph;

    public Triple Triple => new(Subject, Predicate, Obj);

    /// <summary>Orders by graph, subject, predicate, object: the order a TriG writer groups by.</summary>
    public int CompareTo(Quad other)
    {
        var c = Graph.CompareTo(other.Graph);
        if (c != 0)
        {
            return c;
        }

        c = Subject.CompareTo(other.Subject);
        if (c != 0)
        {
            return c;
        }

        c = Predicate.CompareTo(other.Predicate);
        return c != 0 ? c : Obj.CompareTo(other.Obj);
    }

    /// <summary>The quad as an N-Quads line without the newline.</summary>
    public override string ToString() =>
        InDefaultGraph ? $"{Subject} {Predicate} {Obj} ." : $"{Subject} {Predicate} {Obj} {Graph} .";
}
