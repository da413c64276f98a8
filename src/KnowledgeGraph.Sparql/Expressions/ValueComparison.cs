using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// The SPARQL comparison operators of section 17.3: value equality and order over numbers, strings,
/// booleans and date/times, falling back to RDFterm-equal. Every method returns null for a type error.
/// </summary>
public static class ValueComparison
{
    /// <summary>
    /// <c>=</c>: value equality for literals of known comparable types; identical terms are equal; literals of
    /// an unknown (or ill-typed) datatype that are not identical are an error; other different terms are not equal.
    /// </summary>
    public static bool? Equal(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a is not Literal la || b is not Literal lb)
        {
            return a.Equals(b);
        }

        var knownA = Numeric.TryGetValue(la, out var va);
        var knownB = Numeric.TryGetValue(lb, out var vb);
        if (knownA && knownB)
        {
            return XsdComparer.Compare(va, vb) switch
            {
                XsdOrder.Equal => true,
                XsdOrder.Less or XsdOrder.Greater => false,
                XsdOrder.Indeterminate => IsNaN(va) || IsNaN(vb) ? false : null,
                _ => false,
            };
        }

        if (la.Equals(lb))
        {
            return true;
        }

        if (la.Language is not null || lb.Language is not null)
        {
            // Language-tagged strings compare as terms: against any other literal they are simply different (open-eq-08..12).
            return false;
        }

        return null;
    }

    public static bool? NotEqual(Term? a, Term? b) => Equal(a, b) is { } eq ? !eq : null;

    /// <summary>The order of two terms under <c>&lt;</c>: null when they are not comparable (a type error).</summary>
    public static int? Compare(Term? a, Term? b)
    {
        if (a is not Literal la || b is not Literal lb)
        {
            return null;
        }

        if (Literals.IsPlainString(la) && Literals.IsPlainString(lb))
        {
            return Math.Sign(XsdStrings.CompareCodePoints(la.LexicalForm, lb.LexicalForm));
        }

        if (!Numeric.TryGetValue(la, out var va) || !Numeric.TryGetValue(lb, out var vb))
        {
            return null;
        }

        return XsdComparer.Compare(va, vb) switch
        {
            XsdOrder.Less => -1,
            XsdOrder.Equal => 0,
            XsdOrder.Greater => 1,
            _ => null,
        };
    }

    public static bool? Less(Term? a, Term? b) => Compare(a, b) is { } c ? c < 0 : NaNComparison(a, b);

    public static bool? LessOrEqual(Term? a, Term? b) => Compare(a, b) is { } c ? c <= 0 : NaNComparison(a, b);

    public static bool? Greater(Term? a, Term? b) => Compare(a, b) is { } c ? c > 0 : NaNComparison(a, b);

    public static bool? GreaterOrEqual(Term? a, Term? b) => Compare(a, b) is { } c ? c >= 0 : NaNComparison(a, b);

    /// <summary>Comparisons with NaN are false, not errors.</summary>
    private static bool? NaNComparison(Term? a, Term? b) =>
        Numeric.TryGetNumeric(a, out var x) && Numeric.TryGetNumeric(b, out var y) && (IsNaN(x) || IsNaN(y)) ? false : null;

    private static bool IsNaN(XsdValue v) => v is XsdDoubleValue { Value: double.NaN } or XsdFloatValue { Value: float.NaN };
}
