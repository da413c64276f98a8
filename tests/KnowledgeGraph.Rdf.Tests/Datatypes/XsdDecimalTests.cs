using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdDecimalTests
{
    [Theory]
    [InlineData("1234567890123456789012345678901234567890.5", "0.5", "1234567890123456789012345678901234567891.0")]
    [InlineData("0.0000000000000000000000000000000000000001", "0.0000000000000000000000000000000000000001", "0.0000000000000000000000000000000000000002")]
    [InlineData("-1.25", "1.25", "0.0")]
    [InlineData("99999999999999999999.99", "0.01", "100000000000000000000.0")]
    public void Forty_digit_decimals_add_exactly(string a, string b, string expected)
    {
        Assert.True(XsdDecimal.TryParse(a, out var x));
        Assert.True(XsdDecimal.TryParse(b, out var y));
        Assert.Equal(expected, (x + y).ToString());
    }

    [Theory]
    [InlineData("1", "4", "0.25")]
    [InlineData("10", "4", "2.5")]
    [InlineData("1", "8", "0.125")]
    [InlineData("1", "-3", "-0.333333333333333333333333")]
    [InlineData("0.5", "0.25", "2.0")]
    [InlineData("1", "0.001", "1000.0")]
    [InlineData("0.000000000000000000000000000001", "3", "0.000000000000000000000000000000")]
    [InlineData("5", "2", "2.5")]
    [InlineData("0.0000000000000000000000005", "1", "0.0000000000000000000000005")]
    public void Division_is_exact_when_it_terminates_and_rounds_half_even_otherwise(string a, string b, string expected)
    {
        Assert.True(XsdDecimal.TryParse(a, out var x));
        Assert.True(XsdDecimal.TryParse(b, out var y));
        Assert.Equal(XsdDecimal.TryParse(expected, out var e) ? e : throw new InvalidOperationException(), XsdDecimal.Divide(x, y));
    }

    [Theory]
    [InlineData(300, 0)]
    [InlineData(300, 150)]
    [InlineData(1, 400)]
    [InlineData(260, 260)]
    public void Very_long_decimals_keep_every_digit(int integerDigits, int fractionDigits)
    {
        var random = new Random(integerDigits * 1000 + fractionDigits);
        var integer = "9" + new string([.. Enumerable.Range(1, integerDigits - 1).Select(_ => (char)('0' + random.Next(10)))]);
        var fraction = fractionDigits == 0 ? "0" : new string([.. Enumerable.Range(0, fractionDigits - 1).Select(_ => (char)('0' + random.Next(10)))]) + "7";
        var text = "-" + integer + "." + fraction;
        Assert.True(XsdDecimal.TryParse(text, out var value));
        Assert.Equal(text, value.ToString());
        Assert.Equal(text, XsdDatatypes.Canonicalize(XsdDatatype.Decimal, text + "000"));
    }

    [Fact]
    public void Division_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => XsdDecimal.Divide(XsdDecimal.One, XsdDecimal.Zero));
    }

    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("-0.0", "0")]
    [InlineData("007.00", "7")]
    public void Equal_values_have_equal_representations(string a, string b)
    {
        Assert.True(XsdDecimal.TryParse(a, out var x));
        Assert.True(XsdDecimal.TryParse(b, out var y));
        Assert.Equal(x, y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.Equal(0, x.CompareTo(y));
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("12345678901234567890.123", 12345678901234567890.123)]
    [InlineData("-2.5e-3", double.NaN)]
    public void Conversion_to_double_rounds_once(string text, double expected)
    {
        if (double.IsNaN(expected))
        {
            Assert.False(XsdDecimal.TryParse(text, out _));
            return;
        }

        Assert.True(XsdDecimal.TryParse(text, out var value));
        Assert.Equal(expected, value.ToDouble());
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1000000000000000000000.0")]
    [InlineData(-2.5e-7, "-0.00000025")]
    public void Doubles_convert_to_their_shortest_decimal(double value, string expected)
    {
        Assert.True(XsdDecimal.TryFromDouble(value, out var result));
        Assert.Equal(expected, result.ToString());
        Assert.False(XsdDecimal.TryFromDouble(double.NaN, out _));
    }
}
