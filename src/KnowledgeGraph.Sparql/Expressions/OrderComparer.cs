using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// The ORDER BY order of section 15.1: unbound, then blank nodes, then IRIs, then literals; literals that
/// <c>&lt;</c> can compare are ordered by it, and the rest by a fixed total order (numbers first, then by
/// lexical form, datatype and language) so that sorting is always consistent.
/// </summary>
public sealed class OrderComparer : IComparer<Term?>
{
    public static OrderComparer Instance { get; } = new();

    public int Compare(Term? x, Term? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var rx = Rank(x);
        var ry = Rank(y);
        if (rx != ry)
        {
            return rx.CompareTo(ry);
        }

        if (x is Literal && y is Literal)
        {
            if (ValueComparison.Compare(x, y) is { } c && c != 0)
            {
                return c;
            }

            var nx = Numeric.IsNumeric(x);
            var ny = Numeric.IsNumeric(y);
            if (nx != ny)
            {
                return nx ? -1 : 1;
            }
        }

        return x.CompareTo(y);
    }

    private static int Rank(Term term) => term.Kind switch
    {
        TermKind.BlankNode => 1,
        TermKind.Iri => 2,
        TermKind.Literal => 3,
        _ => 0,
    };
}
