using KnowledgeGraph.Rdf.Formats.JsonLd;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

public sealed class JsonNumbersTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123.456, "123.456")]
    [InlineData(4.5e-300, "4.5e-300")]
    public void EcmaScript_form(double value, string expected) => Assert.Equal(expected, JsonNumbers.ToEcmaScript(value));

    [Theory]
    [InlineData(1.1, "1.1E0")]
    [InlineData(5.0, "5.0E0")]
    [InlineData(-0.0025, "-2.5E-3")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(123456.789, "1.23456789E5")]
    public void Canonical_xsd_double(double value, string expected) => Assert.Equal(expected, JsonNumbers.ToXsdDouble(value));

    [Theory]
    [InlineData(5.0, true)]
    [InlineData(5.5, false)]
    [InlineData(1e21, false)]
    [InlineData(-3.0, true)]
    public void Integral_below_1e21(double value, bool expected) => Assert.Equal(expected, JsonNumbers.IsIntegral(value));
}
