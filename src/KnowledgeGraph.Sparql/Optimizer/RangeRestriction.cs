using System.Globalization;
using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Reads value ranges out of FILTER conjuncts: <c>?v &lt; c</c>, <c>?v &lt;= c</c>, <c>?v &gt; c</c>, <c>?v &gt;= c</c> (either
/// side) for a literal c of an ordered kind (numeric, simple/xsd:string, xsd:date, xsd:dateTime), conjunctions of them
/// on one variable, and <c>YEAR(?v) = n</c> as the local dates and dateTimes of year n. A range is a superset of what
/// its conjuncts accept (<see cref="ObjectRange"/>): the FILTER is always kept, because no range expresses SPARQL's
/// comparison exactly (type errors, timezones: <c>"2020-01-01Z"</c> against <c>"2020-01-01"</c> is indeterminate,
/// and YEAR reads the local year while a date comparison is on the timeline).
/// </summary>
public static class RangeRestriction
{
    /// <summary>The range of each variable bounded by the conjuncts of <paramref name="condition"/>.</summary>
    public static IReadOnlyDictionary<Variable, ObjectRange> Find(Expression condition)
    {
        var conjuncts = new List<Expression>();
        Conjuncts.Split(condition, conjuncts);
        return Find(conjuncts);
    }

    /// <summary>The range of each variable bounded by the conjuncts; bounds of one variable in one space are combined.</summary>
    public static IReadOnlyDictionary<Variable, ObjectRange> Find(IEnumerable<Expression> conjuncts)
    {
        ArgumentNullException.ThrowIfNull(conjuncts);
        var ranges = new Dictionary<Variable, ObjectRange>();
        foreach (var conjunct in conjuncts)
        {
            if (!TryRead(conjunct, out var variable, out var range))
            {
                continue;
            }

            if (!ranges.TryGetValue(variable, out var known))
            {
                ranges.Add(variable, range);
            }
            else if (known.Space == range.Space)
            {
                // Either bound keeps the range a superset of the conjunction; take the missing ones.
                ranges[variable] = known with
                {
                    Low = known.Low ?? range.Low,
                    LowInclusive = known.Low is null ? range.LowInclusive : known.LowInclusive,
                    High = known.High ?? range.High,
                    HighInclusive = known.High is null ? range.HighInclusive : known.HighInclusive,
                };
            }
        }

        return ranges;
    }

    /// <summary>Whether one conjunct bounds a variable, and the range it admits.</summary>
    public static bool TryRead(Expression conjunct, out Variable variable, out ObjectRange range)
    {
        variable = null!;
        range = null!;
        if (conjunct is not BinaryExpression binary)
        {
            return false;
        }

        if (binary.Operator == BinaryOperator.Equal)
        {
            return TryReadYear(binary.Left, binary.Right, out variable, out range) || TryReadYear(binary.Right, binary.Left, out variable, out range);
        }

        // c OP ?v is ?v OP' c with the operator mirrored.
        var (op, v, c) = (binary.Left, binary.Right) switch
        {
            (VariableExpression l, ConstantExpression { Value: Literal r }) => (binary.Operator, l.Variable, r),
            (ConstantExpression { Value: Literal l }, VariableExpression r) => (Mirror(binary.Operator), r.Variable, l),
            _ => (binary.Operator, null, null),
        };
        if (v is null || c is null || SpaceOf(c) is not { } space)
        {
            return false;
        }

        variable = v;
        range = op switch
        {
            BinaryOperator.Less => new ObjectRange(space, null, false, c, false),
            BinaryOperator.LessOrEqual => new ObjectRange(space, null, false, c, true),
            BinaryOperator.Greater => new ObjectRange(space, c, false, null, false),
            BinaryOperator.GreaterOrEqual => new ObjectRange(space, c, true, null, false),
            _ => null!,
        };
        return range is not null;
    }

    /// <summary>The kind of values a comparison with <paramref name="constant"/> can accept; null when no range applies.</summary>
    public static RangeSpace? SpaceOf(Literal constant)
    {
        ArgumentNullException.ThrowIfNull(constant);
        if (Literals.IsPlainString(constant))
        {
            return RangeSpace.String;
        }

        if (!XsdValue.TryParse(constant, out var value))
        {
            return null;
        }

        return value switch
        {
            _ when XsdNumeric.IsNumeric(value) => double.IsNaN(XsdNumeric.ToDouble(value)) ? null : RangeSpace.Numeric,
            XsdDateTimeValue { Value.Kind: XsdDatatype.Date } => RangeSpace.Date,
            XsdDateTimeValue { Value.Kind: XsdDatatype.DateTime or XsdDatatype.DateTimeStamp } => RangeSpace.DateTime,
            _ => null,
        };
    }

    /// <summary>
    /// <c>YEAR(?v) = n</c>: YEAR accepts xsd:date, xsd:dateTime and xsd:dateTimeStamp and reads the local year, so the
    /// candidates are those whose local value lies in [n-01-01, (n+1)-01-01).
    /// </summary>
    private static bool TryReadYear(Expression call, Expression constant, out Variable variable, out ObjectRange range)
    {
        variable = null!;
        range = null!;
        if (call is not FunctionCallExpression { Function: BuiltinFunction.Year, Arguments: [VariableExpression v] }
            || constant is not ConstantExpression { Value: Literal literal }
            || !XsdValue.TryParse(literal, out var value) || !XsdNumeric.IsNumeric(value))
        {
            return false;
        }

        var year = XsdNumeric.ToDouble(value);
        if (year != Math.Floor(year) || year < 1 || year > 9998)
        {
            return false;
        }

        variable = v.Variable;
        range = new ObjectRange(RangeSpace.LocalDateOrDateTime, YearStart((int)year), true, YearStart((int)year + 1), false);
        return true;
    }

    private static Literal YearStart(int year) => new(year.ToString("0000", CultureInfo.InvariantCulture) + "-01-01", Xsd.Date);

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };
}
