using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdArithmeticTests
{
    [Theory]
    [InlineData("1", "integer", '+', "2", "integer", "3", "integer")]
    [InlineData("100", "byte", '+', "100", "byte", "200", "integer")]
    [InlineData("9223372036854775807", "long", '+', "1", "int", "9223372036854775808", "integer")]
    [InlineData("1", "integer", '-', "2.5", "decimal", "-1.5", "decimal")]
    [InlineData("1.1", "decimal", '*', "3", "integer", "3.3", "decimal")]
    [InlineData("0.1", "decimal", '+', "0.2", "decimal", "0.3", "decimal")]
    [InlineData("1", "integer", '/', "2", "integer", "0.5", "decimal")]
    [InlineData("6", "integer", '/', "3", "integer", "2.0", "decimal")]
    [InlineData("1", "integer", '/', "3", "integer", "0.333333333333333333333333", "decimal")]
    [InlineData("2", "integer", '/', "3", "integer", "0.666666666666666666666667", "decimal")]
    [InlineData("-2", "integer", '/', "3", "integer", "-0.666666666666666666666667", "decimal")]
    [InlineData("1", "integer", '+', "1", "float", "2.0E0", "float")]
    [InlineData("0.1", "decimal", '+', "0", "float", "1.0E-1", "float")]
    [InlineData("1", "float", '+', "1", "double", "2.0E0", "double")]
    [InlineData("1", "integer", '/', "0", "double", "INF", "double")]
    [InlineData("-1", "decimal", '/', "0", "float", "-INF", "float")]
    [InlineData("0", "double", '/', "0", "double", "NaN", "double")]
    [InlineData("INF", "double", '-', "INF", "double", "NaN", "double")]
    [InlineData("12345678901234567890123456789012345678901234567890", "integer", '*', "10", "integer", "123456789012345678901234567890123456789012345678900", "integer")]
    public void Arithmetic_promotes_and_computes(string a, string aType, char op, string b, string bType, string expected, string expectedType)
    {
        var left = Value(a, aType);
        var right = Value(b, bType);
        XsdValue? result;
        var ok = op switch
        {
            '+' => XsdArithmetic.TryAdd(left, right, out result),
            '-' => XsdArithmetic.TrySubtract(left, right, out result),
            '*' => XsdArithmetic.TryMultiply(left, right, out result),
            _ => XsdArithmetic.TryDivide(left, right, out result),
        };

        Assert.True(ok);
        Assert.Equal(Type(expectedType), result!.Datatype);
        Assert.Equal(expected, result.ToCanonicalString());
    }

    [Theory]
    [InlineData("1", "integer", "0", "integer")]
    [InlineData("1.5", "decimal", "0.0", "decimal")]
    [InlineData("1", "integer", "-0", "decimal")]
    [InlineData("1", "string", "1", "integer")]
    [InlineData("1", "integer", "true", "boolean")]
    public void Division_by_exact_zero_and_non_numbers_fail_without_throwing(string a, string aType, string b, string bType)
    {
        Assert.False(XsdArithmetic.TryDivide(Value(a, aType), Value(b, bType), out var result));
        Assert.Null(result);
    }

    [Fact]
    public void Adding_a_string_fails()
    {
        Assert.False(XsdArithmetic.TryAdd(Value("1", "string"), Value("1", "integer"), out _));
    }

    [Theory]
    [InlineData("5", "unsignedByte", "-5", "integer")]
    [InlineData("-9223372036854775808", "long", "9223372036854775808", "integer")]
    [InlineData("1.5", "decimal", "-1.5", "decimal")]
    [InlineData("0", "double", "-0.0E0", "double")]
    [InlineData("-INF", "float", "INF", "float")]
    public void Negation_keeps_the_family(string a, string aType, string expected, string expectedType)
    {
        Assert.True(XsdArithmetic.TryNegate(Value(a, aType), out var result));
        Assert.Equal(Type(expectedType), result!.Datatype);
        Assert.Equal(expected, result.ToCanonicalString());
    }
}
