using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The property path algebra of SPARQL 1.1 section 18.1.7 (Jena: P_Link, P_Inverse, P_Seq, ...).</summary>
public abstract record PropertyPath
{
    private protected PropertyPath()
    {
    }

    public override string ToString() => SsePrinter.Print(this);
}

/// <summary>A single predicate IRI: <c>link(iri)</c>.</summary>
public sealed record LinkPath(Iri Predicate) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>^path</c>: the path traversed from object to subject.</summary>
public sealed record InversePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>left / right</c>.</summary>
public sealed record SequencePath(PropertyPath Left, PropertyPath Right) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>left | right</c>.</summary>
public sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>path*</c>.</summary>
public sealed record ZeroOrMorePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>path+</c>.</summary>
public sealed record OneOrMorePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary><c>path?</c>.</summary>
public sealed record ZeroOrOnePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => base.ToString();
}

/// <summary>
/// <c>!(iri1 | ^iri2 ...)</c>: any predicate not among <see cref="Forward"/> (traversed forwards), or,
/// for the inverse members, any predicate not among <see cref="Inverse"/> traversed backwards.
/// </summary>
public sealed record NegatedPropertySet(ValueArray<Iri> Forward, ValueArray<Iri> Inverse) : PropertyPath
{
    public override string ToString() => base.ToString();
}
