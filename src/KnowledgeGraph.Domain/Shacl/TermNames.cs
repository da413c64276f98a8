using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>Formats terms for people: IRIs as prefixed names when a namespace matches (longest first), others in N-Triples form.</summary>
public sealed class TermNames
{
    private readonly List<(string Prefix, string Namespace)> _namespaces;

    public TermNames(IReadOnlyDictionary<string, string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        _namespaces = prefixes
            .Select(p => (p.Key, p.Value))
            .Where(p => p.Value.Length > 0)
            .OrderByDescending(p => p.Value.Length)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }

    public string Format(Term term)
    {
        if (term is Iri iri)
        {
            foreach (var (prefix, ns) in _namespaces)
            {
                if (iri.Value.StartsWith(ns, StringComparison.Ordinal) && IsLocalName(iri.Value.AsSpan(ns.Length)))
                {
                    return prefix + ":" + iri.Value[ns.Length..];
                }
            }
        }

        if (term is Literal { Language: null } literal && !literal.IsSimple)
        {
            if (IsBareNumberOrBoolean(literal))
            {
                return literal.LexicalForm;
            }

            var datatype = Format(literal.Datatype);
            if (!datatype.StartsWith('<'))
            {
                return NTriplesFormatter.FormatLiteral(new Literal(literal.LexicalForm)) + "^^" + datatype;
            }
        }

        return term.ToString();
    }

    /// <summary>Turtle's short forms: 3 for xsd:integer, 3.5 for xsd:decimal, true for xsd:boolean.</summary>
    private static bool IsBareNumberOrBoolean(Literal literal) => literal.Datatype.Value switch
    {
        "http://www.w3.org/2001/XMLSchema#integer" => System.Text.RegularExpressions.Regex.IsMatch(literal.LexicalForm, "^[+-]?[0-9]+$"),
        "http://www.w3.org/2001/XMLSchema#decimal" => System.Text.RegularExpressions.Regex.IsMatch(literal.LexicalForm, "^[+-]?[0-9]*\\.[0-9]+$"),
        "http://www.w3.org/2001/XMLSchema#boolean" => literal.LexicalForm is "true" or "false",
        _ => false,
    };

    private static bool IsLocalName(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return local.Length == 0 || local[^1] != '.';
    }
}
