using System.Numerics;
using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdIntegerTests
{
    [Theory]
    [InlineData("9223372036854775807", "1", "9223372036854775808")]
    [InlineData("-9223372036854775808", "-1", "-9223372036854775809")]
    [InlineData("99999999999999999999", "1", "100000000000000000000")]
    [InlineData("100000000000000000000", "-99999999999999999999", "1")]
    [InlineData("5", "-7", "-2")]
    public void Addition_is_exact_across_the_long_boundary(string a, string b, string expected)
    {
        Assert.True(XsdInteger.TryParse(a, out var x));
        Assert.True(XsdInteger.TryParse(b, out var y));
        Assert.Equal(expected, (x + y).ToString());
        Assert.Equal(BigInteger.Parse(expected), (x + y).AsBigInteger);
    }

    [Theory]
    [InlineData("4294967296", "4294967296", "18446744073709551616")]
    [InlineData("-9223372036854775808", "-1", "9223372036854775808")]
    [InlineData("3037000499", "3037000499", "9223372030926249001")]
    [InlineData("-12", "12", "-144")]
    public void Multiplication_is_exact_across_the_long_boundary(string a, string b, string expected)
    {
        Assert.True(XsdInteger.TryParse(a, out var x));
        Assert.True(XsdInteger.TryParse(b, out var y));
        Assert.Equal(expected, (x * y).ToString());
    }

    [Fact]
    public void Results_that_fit_a_long_again_use_the_fast_path_and_compare_equal()
    {
        Assert.True(XsdInteger.TryParse("99999999999999999999", out var big));
        Assert.False(big.FitsInLong);
        var back = big - big + 5;
        Assert.True(back.FitsInLong);
        Assert.Equal(new XsdInteger(5), back);
        Assert.Equal(new XsdInteger(5).GetHashCode(), back.GetHashCode());
        Assert.Equal(new XsdInteger(long.MinValue), -(-new XsdInteger(long.MinValue)));
    }
}
