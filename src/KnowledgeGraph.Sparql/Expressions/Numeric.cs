using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>Reading terms as XSD values and the numeric builtins (ABS, ROUND, CEIL, FLOOR, arithmetic).</summary>
public static class Numeric
{
    /// <summary>The XSD value of a well-typed literal of a known datatype; false otherwise.</summary>
    public static bool TryGetValue(Term? term, out XsdValue value)
    {
        value = null!;
        if (term is not Literal l || !XsdValue.TryParse(l, out var v))
        {
            return false;
        }

        value = v;
        return true;
    }

    public static bool TryGetNumeric(Term? term, out XsdValue value) =>
        TryGetValue(term, out value) && XsdNumeric.IsNumeric(value);

    public static bool TryGetDouble(Term? term, out double value)
    {
        value = 0;
        if (!TryGetNumeric(term, out var v))
        {
            return false;
        }

        value = XsdNumeric.ToDouble(v);
        return true;
    }

    public static bool IsNumeric(Term? term) => TryGetNumeric(term, out _);

    public static Term? Add(Term? a, Term? b) => Binary(a, b, XsdArithmetic.TryAdd);

    public static Term? Subtract(Term? a, Term? b) => Binary(a, b, XsdArithmetic.TrySubtract);

    public static Term? Multiply(Term? a, Term? b) => Binary(a, b, XsdArithmetic.TryMultiply);

    public static Term? Divide(Term? a, Term? b) => Binary(a, b, XsdArithmetic.TryDivide);

    public static Term? Negate(Term? a) =>
        TryGetNumeric(a, out var v) && XsdArithmetic.TryNegate(v, out var r) && r is not null ? r.ToLiteral() : null;

    public static Term? Plus(Term? a) => TryGetNumeric(a, out var v) ? Promoted(v).ToLiteral() : null;

    public static Term? Abs(Term? a) => TryGetNumeric(a, out var v)
        ? v switch
        {
            XsdIntegerValue i => new XsdIntegerValue(i.Value.Sign < 0 ? -i.Value : i.Value).ToLiteral(),
            XsdDecimalValue d => new XsdDecimalValue(d.Value.Sign < 0 ? -d.Value : d.Value).ToLiteral(),
            XsdFloatValue f => new XsdFloatValue(Math.Abs(f.Value)).ToLiteral(),
            XsdDoubleValue d => new XsdDoubleValue(Math.Abs(d.Value)).ToLiteral(),
            _ => null,
        }
        : null;

    public static Term? Ceil(Term? a) => Rounding(a, Math.Ceiling, d => -XsdDecimal.FromInteger(new XsdInteger((-d).Floor())));

    public static Term? Floor(Term? a) => Rounding(a, Math.Floor, d => XsdDecimal.FromInteger(new XsdInteger(d.Floor())));

    /// <summary>fn:round: halves round towards positive infinity.</summary>
    public static Term? Round(Term? a) => Rounding(
        a,
        x => Math.Floor(x + 0.5),
        d => XsdDecimal.FromInteger(new XsdInteger((d + XsdDecimal.Divide(XsdDecimal.One, 2)).Floor())));

    private static Term? Rounding(Term? a, Func<double, double> onDouble, Func<XsdDecimal, XsdDecimal> onDecimal)
    {
        if (!TryGetNumeric(a, out var v))
        {
            return null;
        }

        return v switch
        {
            XsdIntegerValue i => new XsdIntegerValue(i.Value).ToLiteral(),
            XsdDecimalValue d => new XsdDecimalValue(onDecimal(d.Value)).ToLiteral(),
            XsdFloatValue f => new XsdFloatValue(float.IsFinite(f.Value) ? (float)onDouble(f.Value) : f.Value).ToLiteral(),
            XsdDoubleValue d => new XsdDoubleValue(double.IsFinite(d.Value) ? onDouble(d.Value) : d.Value).ToLiteral(),
            _ => null,
        };
    }

    /// <summary>Unary plus: the value in its promoted family (a derived integer type becomes xsd:integer).</summary>
    private static XsdValue Promoted(XsdValue v) => v is XsdIntegerValue i ? new XsdIntegerValue(i.Value) : v;

    private delegate bool Operation(XsdValue left, XsdValue right, out XsdValue? result);

    private static Term? Binary(Term? a, Term? b, Operation operation) =>
        TryGetNumeric(a, out var x) && TryGetNumeric(b, out var y) && operation(x, y, out var r) && r is not null
            ? r.ToLiteral()
            : null;
}
