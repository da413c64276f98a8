using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary>
/// Orders two RDF terms as SPARQL's <c>&lt;</c> does for the value-range and property-pair constraints:
/// both must be literals with comparable XSD values, else the pair is <see cref="XsdOrder.Incomparable"/>
/// (which SHACL reports as a failure). Language-tagged strings compare when their tags match.
/// </summary>
public static class ValueOrder
{
    public static XsdOrder Compare(Term left, Term right)
    {
        if (left is not Literal a || right is not Literal b)
        {
            return XsdOrder.Incomparable;
        }

        if (a.Language is not null || b.Language is not null)
        {
            return a.Language is not null && a.Language == b.Language
                ? (XsdOrder)Math.Sign(string.CompareOrdinal(a.LexicalForm, b.LexicalForm))
                : XsdOrder.Incomparable;
        }

        return XsdValue.TryParse(a, out var x) && XsdValue.TryParse(b, out var y)
            ? XsdComparer.Compare(x, y)
            : XsdOrder.Incomparable;
    }
}
