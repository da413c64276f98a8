using System.Text;
using GraphQL;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// The only way user values enter the SPARQL text: IRIs are validated and written in angle brackets with N-Triples
/// escaping, everything else becomes an escaped literal. No user string is ever spliced in raw.
/// </summary>
public static class SparqlTerms
{
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static string Iri(string iri)
    {
        if (IriSyntax.ValidateAbsolute(iri) is { } problem)
        {
            throw new ExecutionError($"'{iri}' is not an absolute IRI: {problem}");
        }

        return NTriplesFormatter.FormatIri(iri);
    }

    public static string String(string value) => NTriplesFormatter.FormatLiteral(new Literal(value));

    public static string Typed(string lexical, string datatypeLocalName) =>
        NTriplesFormatter.FormatLiteral(new Literal(lexical, new Iri(Xsd + datatypeLocalName)));

    public static string Term(Term term) => term switch
    {
        Iri i => NTriplesFormatter.FormatIri(i.Value),
        Literal l => NTriplesFormatter.FormatLiteral(l),
        _ => throw new ExecutionError("Blank nodes cannot be written into a query."),
    };

    public static string Values(string variable, IEnumerable<string> iris)
    {
        var sb = new StringBuilder("VALUES ").Append(variable).Append(" {");
        foreach (var iri in iris)
        {
            sb.Append(' ').Append(Iri(iri));
        }

        return sb.Append(" }").ToString();
    }
}
