using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Equality of whole rows (RDF term equality per slot) for DISTINCT and hash tables.</summary>
public sealed class RowComparer : IEqualityComparer<Term?[]>
{
    public static RowComparer Instance { get; } = new();

    public bool Equals(Term?[]? x, Term?[]? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(Term?[] obj)
    {
        var hash = new HashCode();
        foreach (var t in obj)
        {
            hash.Add(t);
        }

        return hash.ToHashCode();
    }
}
