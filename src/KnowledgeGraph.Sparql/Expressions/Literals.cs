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

    /// <summary>
    /// A value's canonical string as XPath 2.0 / XSD 1.1 casting gives it: like the XSD helper's canonical
    /// form, except that an integral decimal has no ".0" (xsd:string(1.0) is "1").
    /// </summary>
    public static string CanonicalString(KnowledgeGraph.Rdf.Datatypes.XsdValue value)
    {
        double? floating = value switch
        {
            KnowledgeGraph.Rdf.Datatypes.XsdDoubleValue d => d.Value,
            KnowledgeGraph.Rdf.Datatypes.XsdFloatValue f => f.Value,
            _ => null,
        };
        if (floating is { } x && (x == 0 || (Math.Abs(x) >= 1e-6 && Math.Abs(x) < 1e6)))
        {
            // XPath: a double in [1e-6, 1e6) casts to string like a decimal ("1", "0.5").
            if (x == 0)
            {
                return double.IsNegative(x) ? "-0" : "0";
            }

            var fixedText = value is KnowledgeGraph.Rdf.Datatypes.XsdFloatValue ? ((float)x).ToString("R", CultureInfo.InvariantCulture) : x.ToString("R", CultureInfo.InvariantCulture);
            if (!fixedText.Contains('E', StringComparison.Ordinal))
            {
                return fixedText;
            }
        }

        var text = value.ToCanonicalString();
        return value is KnowledgeGraph.Rdf.Datatypes.XsdDecimalValue && text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
    }

    public static bool IsLangString(Literal literal) => literal.Datatype.Value == RdfVocabulary.LangStringIri;
}
