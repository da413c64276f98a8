namespace KnowledgeGraph.Rdf.Model;

/// <summary>
/// An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/>, a <see cref="Literal"/>, or the
/// <see cref="DefaultGraph"/> marker used in the graph position of a quad. Terms are immutable values
/// with value equality and a total order (kind first, then the lexical parts, ordinal).
/// </summary>
public abstract record Term : IComparable<Term>
{
    private protected Term()
    {
    }

    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;

    public bool IsBlankNode => Kind == TermKind.BlankNode;

    public bool IsLiteral => Kind == TermKind.Literal;

    public bool IsDefaultGraph => Kind == TermKind.DefaultGraph;

    public int CompareTo(Term? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : CompareSameKind(other);
    }

    /// <summary>Compares with a term of the same <see cref="Kind"/>.</summary>
    private protected abstract int CompareSameKind(Term other);

    /// <summary>The term in N-Triples syntax (the default graph prints as an empty string).</summary>
    public abstract override string ToString();

    public static bool operator <(Term left, Term right) => left.CompareTo(right) < 0;

    public static bool operator >(Term left, Term right) => left.CompareTo(right) > 0;

    public static bool operator <=(Term left, Term right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Term left, Term right) => left.CompareTo(right) >= 0;
}
