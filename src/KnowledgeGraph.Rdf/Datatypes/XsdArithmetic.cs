namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// XPath's op:numeric-add, -subtract, -multiply and -divide with type promotion: both operands go to the wider
/// of their types (integer → decimal → float → double) and the result has that type, except that integer ÷ integer
/// is a decimal. Integer results are plain xsd:integer, whatever derived types the operands had.
/// Returns false instead of throwing for non-numeric operands and for integer or decimal division by zero
/// (XPath's err:FOAR0001); float and double division by zero give ±INF or NaN as IEEE 754 says.
/// </summary>
public static class XsdArithmetic
{
    public static bool TryAdd(XsdValue left, XsdValue right, out XsdValue? result) =>
        TryApply(left, right, Operation.Add, out result);

    public static bool TrySubtract(XsdValue left, XsdValue right, out XsdValue? result) =>
        TryApply(left, right, Operation.Subtract, out result);

    public static bool TryMultiply(XsdValue left, XsdValue right, out XsdValue? result) =>
        TryApply(left, right, Operation.Multiply, out result);

    public static bool TryDivide(XsdValue left, XsdValue right, out XsdValue? result) =>
        TryApply(left, right, Operation.Divide, out result);

    /// <summary>op:numeric-unary-minus; keeps the operand's family (a derived integer type becomes xsd:integer).</summary>
    public static bool TryNegate(XsdValue operand, out XsdValue? result)
    {
        result = operand switch
        {
            XsdIntegerValue i => new XsdIntegerValue(-i.Value),
            XsdDecimalValue d => new XsdDecimalValue(-d.Value),
            XsdFloatValue f => new XsdFloatValue(-f.Value),
            XsdDoubleValue d => new XsdDoubleValue(-d.Value),
            _ => null,
        };
        return result is not null;
    }

    private enum Operation
    {
        Add,
        Subtract,
        Multiply,
        Divide,
    }

    private static bool TryApply(XsdValue left, XsdValue right, Operation operation, out XsdValue? result)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        result = null;
        if (!XsdNumeric.IsNumeric(left) || !XsdNumeric.IsNumeric(right))
        {
            return false;
        }

        var rank = Math.Max(XsdNumeric.Rank(left), XsdNumeric.Rank(right));
        if (rank == XsdNumeric.IntegerRank && operation != Operation.Divide)
        {
            var a = ((XsdIntegerValue)left).Value;
            var b = ((XsdIntegerValue)right).Value;
            result = new XsdIntegerValue(operation switch
            {
                Operation.Add => a + b,
                Operation.Subtract => a - b,
                _ => a * b,
            });
            return true;
        }

        if (rank <= XsdNumeric.DecimalRank)
        {
            var a = XsdNumeric.ToDecimal(left);
            var b = XsdNumeric.ToDecimal(right);
            if (operation == Operation.Divide && b.Sign == 0)
            {
                return false;
            }

            result = new XsdDecimalValue(operation switch
            {
                Operation.Add => a + b,
                Operation.Subtract => a - b,
                Operation.Multiply => a * b,
                _ => XsdDecimal.Divide(a, b),
            });
            return true;
        }

        if (rank == XsdNumeric.FloatRank)
        {
            var a = XsdNumeric.ToSingle(left);
            var b = XsdNumeric.ToSingle(right);
            result = new XsdFloatValue(operation switch
            {
                Operation.Add => a + b,
                Operation.Subtract => a - b,
                Operation.Multiply => a * b,
                _ => a / b,
            });
            return true;
        }

        var x = XsdNumeric.ToDouble(left);
        var y = XsdNumeric.ToDouble(right);
        result = new XsdDoubleValue(operation switch
        {
            Operation.Add => x + y,
            Operation.Subtract => x - y,
            Operation.Multiply => x * y,
            _ => x / y,
        });
        return true;
    }
}
