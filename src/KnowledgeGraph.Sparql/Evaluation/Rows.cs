using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Operations on solution rows (arrays of terms indexed by variable slot; null is unbound).</summary>
public static class Rows
{
    public static bool IsEmpty(Term?[] row)
    {
        foreach (var t in row)
        {
            if (t is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two solutions are compatible when they agree on every variable both bind.</summary>
    public static bool Compatible(Term?[] a, Term?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x is not null && y is not null && !x.Equals(y))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The union of two compatible solutions.</summary>
    public static Term?[] Merge(Term?[] a, Term?[] b)
    {
        var result = new Term?[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i] ?? b[i];
        }

        return result;
    }

    /// <summary>True when the two solutions bind at least one variable in common.</summary>
    public static bool ShareDomain(Term?[] a, Term?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] is not null && b[i] is not null)
            {
                return true;
            }
        }

        return false;
    }
}
