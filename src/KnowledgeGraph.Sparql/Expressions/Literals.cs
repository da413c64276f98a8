using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using XsdIris = KnowledgeGraph.Rdf.Vocabulary.Xsd;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>Constructors and tests for the literals the builtins produce and accept.</summary>
public static class Literals
{
    public static readonly Literal True = new("true", XsdIris.Boolean);
    public static readonly Literal False = new("false", XsdIris.Boolean);
    public static readonly Literal EmptyString = new(string.Empty);

    public static Literal Boolean(bool value) => value ? True : False;

    public static Literal Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), XsdIris.Integer);

    /// <summary>A simple literal (xsd:string).</summary>
    public static Literal String(string value) => new(value);

    /// <summary>
    /// A "string literal" in the sense of SPARQL 17.4.3: a simple literal, an xsd:string literal, or a
    /// language-tagged string.
    /// </summary>
    public static bool IsStringLiteral(Term? term) =>
        term is Literal l && (l.Language is not null || l.Datatype.Value == XsdIris.StringIri);

    /// <summary>A simple literal or an xsd:string literal (the two are one in RDF 1.1).</summary>
    public static bool IsPlainString(Term? term) =>
        term is Literal { Language: null } l && l.Datatype.Value == XsdIris.StringIri;

    /// <summary>
    /// Argument compatibility of 17.4.3.1.1: both simple/xsd:string, both with the same language tag, or
    /// the first language-tagged and the second simple/xsd:string.
    /// </summary>
    public static bool AreCompatible(Literal first, Literal second) =>
        second.Language is null || string.Equals(first.Language, second.Language, StringComparison.Ordinal);

    /// <summary>A literal with <paramref name="lexical"/> and the same language tag or datatype as <paramref name="like"/>.</summary>
    public static Literal SameKindAs(Literal like, string lexical) =>
        like.Language is not null ? new Literal(lexical, like.Language) : new Literal(lexical, like.Datatype);

    public static bool IsLangString(Literal literal) => literal.Datatype.Value == RdfVocabulary.LangStringIri;
}
