using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>The RDF-term builtins of section 17.4.2: STR, LANG, DATATYPE, IRI, BNODE, STRDT, STRLANG, UUID, STRUUID, isX.</summary>
public static class TermFunctions
{
    public static Term? Str(Term? arg) => arg switch
    {
        Iri i => Literals.String(i.Value),
        Literal l => Literals.String(l.LexicalForm),
        _ => null,
    };

    public static Term? Lang(Term? arg) => arg is Literal l ? Literals.String(l.Language ?? string.Empty) : null;

    public static Term? Datatype(Term? arg) => arg is Literal l ? l.Datatype : null;

    public static Term? IsIri(Term? arg) => arg is null ? null : Literals.Boolean(arg is Iri);

    public static Term? IsBlank(Term? arg) => arg is null ? null : Literals.Boolean(arg is BlankNode);

    public static Term? IsLiteral(Term? arg) => arg is null ? null : Literals.Boolean(arg is Literal);

    public static Term? IsNumeric(Term? arg) => arg is null ? null : Literals.Boolean(Numeric.IsNumeric(arg));

    public static Term? SameTerm(Term? a, Term? b) => a is null || b is null ? null : Literals.Boolean(a.Equals(b));

    /// <summary>IRI(): an IRI stays; a simple/xsd:string literal is resolved against the query's base IRI.</summary>
    public static Term? ToIri(Term? arg, string? baseIri)
    {
        if (arg is Iri)
        {
            return arg;
        }

        if (!Literals.IsPlainString(arg))
        {
            return null;
        }

        var text = ((Literal)arg!).LexicalForm;
        try
        {
            var resolved = baseIri is null ? text : IriSyntax.Resolve(baseIri, text);
            return IriSyntax.ValidateAbsolute(resolved) is null ? new Iri(resolved) : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static Term? StrDt(Term? lexical, Term? datatype) =>
        Literals.IsPlainString(lexical) && datatype is Iri dt && dt.Value != RdfVocabulary.LangStringIri
            ? new Literal(((Literal)lexical!).LexicalForm, dt)
            : null;

    public static Term? StrLang(Term? lexical, Term? language) =>
        Literals.IsPlainString(lexical) && Literals.IsPlainString(language)
            && ((Literal)language!).LexicalForm is { Length: > 0 } tag && LanguageTag.IsWellFormed(tag)
            ? new Literal(((Literal)lexical!).LexicalForm, tag)
            : null;

    public static Term Uuid() => new Iri("urn:uuid:" + Guid.NewGuid().ToString("D"));

    public static Term StrUuid() => Literals.String(Guid.NewGuid().ToString("D"));

    public static Term Rand(Random random) => new Literal(
        KnowledgeGraph.Rdf.Datatypes.XsdFloatingPoint.FormatDouble(random.NextDouble()),
        KnowledgeGraph.Rdf.Vocabulary.Xsd.Double);
}
