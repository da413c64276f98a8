using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Model;

/// <summary>
/// An RDF 1.1 literal: a lexical form with a datatype IRI, and a language tag exactly when the
/// datatype is <c>rdf:langString</c>. Simple literals have the datatype <c>xsd:string</c>.
/// Language tags are kept lower-cased, so that equality follows RDF's case-insensitive comparison.
/// </summary>
public sealed record Literal : Term
{
    /// <summary>A typed literal (a simple literal when <paramref name="datatype"/> is xsd:string).</summary>
    public Literal(string lexicalForm, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        if (datatype.Value == RdfVocabulary.LangStringIri)
        {
            throw new ArgumentException("An rdf:langString literal needs a language tag.", nameof(datatype));
        }

        LexicalForm = lexicalForm;
        Datatype = datatype;
    }

    /// <summary>A language-tagged string (datatype rdf:langString).</summary>
    public Literal(string lexicalForm, string language)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentException.ThrowIfNullOrEmpty(language);
        LexicalForm = lexicalForm;
        Language = LanguageTag.Normalize(language);
        Datatype = RdfVocabulary.LangString;
    }

    /// <summary>A simple literal (datatype xsd:string).</summary>
    public Literal(string lexicalForm)
        : this(lexicalForm, Xsd.String)
    {
    }

    public string LexicalForm { get; }

    public Iri Datatype { get; }

    /// <summary>The lower-cased language tag, or null when the literal has none.</summary>
    public string? Language { get; }

    public override TermKind Kind => TermKind.Literal;

    public bool IsSimple => Language is null && Datatype.Value == Xsd.StringIri;

    public bool Equals(Literal? other) =>
        other is not null
        && string.Equals(LexicalForm, other.LexicalForm, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && Datatype.Equals(other.Datatype);

    public override int GetHashCode() =>
        HashCode.Combine(LexicalForm.GetHashCode(StringComparison.Ordinal), Datatype, Language);

    public override string ToString() => NTriplesFormatter.FormatLiteral(this);

    private protected override int CompareSameKind(Term other)
    {
        var o = (Literal)other;
        var c = string.CompareOrdinal(LexicalForm, o.LexicalForm);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Datatype.Value, o.Datatype.Value);
        return c != 0 ? c : string.CompareOrdinal(Language, o.Language);
    }
}
