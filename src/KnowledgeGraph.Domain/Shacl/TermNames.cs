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
            var datatype = Format(literal.Datatype);
            if (!datatype.StartsWith('<'))
            {
                return NTriplesFormatter.FormatLiteral(new Literal(literal.LexicalForm)) + "^^" + datatype;
            }
        }

        return term.ToString();
    }

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
