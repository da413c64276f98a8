using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Model;

/// <summary>
/// An absolute IRI. The constructor trusts its argument (readers validate as they parse);
/// use <see cref="Parse"/> for text from users, which checks RFC 3987 syntax and absoluteness.
/// </summary>
public sealed record Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    /// <summary>Parses and validates an absolute IRI.</summary>
    /// <exception cref="FormatException">The text is not an absolute IRI; the message says why.</exception>
    public static Iri Parse(string text)
    {
        var error = IriSyntax.ValidateAbsolute(text);
        return error is null ? new Iri(text) : throw new FormatException($"Invalid IRI <{text}>: {error}");
    }

    public bool Equals(Iri? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => NTriplesFormatter.FormatIri(Value);

    private protected override int CompareSameKind(Term other) => string.CompareOrdinal(Value, ((Iri)other).Value);
}
