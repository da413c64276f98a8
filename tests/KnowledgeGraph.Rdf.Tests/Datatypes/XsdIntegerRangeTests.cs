using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdIntegerRangeTests
{
    [Theory]
    [InlineData("nonPositiveInteger", "0", true)]
    [InlineData("nonPositiveInteger", "-0", true)]
    [InlineData("nonPositiveInteger", "+0", true)]
    [InlineData("nonPositiveInteger", "1", false)]
    [InlineData("nonPositiveInteger", "-99999999999999999999999", true)]
    [InlineData("negativeInteger", "-1", true)]
    [InlineData("negativeInteger", "0", false)]
    [InlineData("negativeInteger", "-0", false)]
    [InlineData("long", "9223372036854775807", true)]
    [InlineData("long", "9223372036854775808", false)]
    [InlineData("long", "-9223372036854775808", true)]
    [InlineData("long", "-9223372036854775809", false)]
    [InlineData("int", "2147483647", true)]
    [InlineData("int", "2147483648", false)]
    [InlineData("int", "-2147483648", true)]
    [InlineData("int", "-2147483649", false)]
    [InlineData("short", "32767", true)]
    [InlineData("short", "32768", false)]
    [InlineData("short", "-32768", true)]
    [InlineData("short", "-32769", false)]
    [InlineData("byte", "127", true)]
    [InlineData("byte", "128", false)]
    [InlineData("byte", "-128", true)]
    [InlineData("byte", "-129", false)]
    [InlineData("byte", "00000000000000000000000000127", true)]
    [InlineData("nonNegativeInteger", "0", true)]
    [InlineData("nonNegativeInteger", "-0", true)]
    [InlineData("nonNegativeInteger", "-1", false)]
    [InlineData("nonNegativeInteger", "99999999999999999999999", true)]
    [InlineData("unsignedLong", "18446744073709551615", true)]
    [InlineData("unsignedLong", "18446744073709551616", false)]
    [InlineData("unsignedLong", "-1", false)]
    [InlineData("unsignedLong", "-0", true)]
    [InlineData("unsignedInt", "4294967295", true)]
    [InlineData("unsignedInt", "4294967296", false)]
    [InlineData("unsignedShort", "65535", true)]
    [InlineData("unsignedShort", "65536", false)]
    [InlineData("unsignedByte", "255", true)]
    [InlineData("unsignedByte", "256", false)]
    [InlineData("unsignedByte", "-1", false)]
    [InlineData("positiveInteger", "1", true)]
    [InlineData("positiveInteger", "0", false)]
    [InlineData("positiveInteger", "+1", true)]
    [InlineData("positiveInteger", "-1", false)]
    [InlineData("integer", "-99999999999999999999999999999999999999999999", true)]
    public void Derived_integer_types_enforce_their_ranges(string type, string lexical, bool valid)
    {
        Assert.Equal(valid, XsdDatatypes.IsValid(Type(type), lexical));
        Assert.Equal(valid, XsdValue.TryParse(lexical, Type(type), out var value));
        if (valid)
        {
            Assert.Equal(Type(type), value!.Datatype);
        }
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("")]
    [InlineData(" ")]
    public void Derived_integer_types_share_the_integer_lexical_space(string lexical)
    {
        foreach (var datatype in XsdDatatypes.All.Where(XsdDatatypes.IsIntegerType))
        {
            Assert.False(XsdDatatypes.IsValid(datatype, lexical), $"xsd:{XsdDatatypes.GetLocalName(datatype)} accepted \"{lexical}\"");
        }
    }

    [Fact]
    public void Every_integer_type_derives_from_decimal()
    {
        var integerTypes = XsdDatatypes.All.Where(XsdDatatypes.IsIntegerType).ToList();
        Assert.Equal(13, integerTypes.Count);
        Assert.All(integerTypes, t => Assert.Equal(XsdDatatype.Decimal, XsdDatatypes.GetPrimitive(t)));
    }

    [Fact]
    public void The_published_ranges_agree_with_the_range_check()
    {
        foreach (var datatype in XsdDatatypes.All.Where(XsdDatatypes.IsIntegerType))
        {
            var (min, max) = XsdDatatypes.GetIntegerRange(datatype);
            if (min is { } lo)
            {
                Assert.True(XsdDatatypes.IsInRange(datatype, lo));
                Assert.False(XsdDatatypes.IsInRange(datatype, lo - 1));
            }

            if (max is { } hi)
            {
                Assert.True(XsdDatatypes.IsInRange(datatype, hi));
                Assert.False(XsdDatatypes.IsInRange(datatype, hi + 1));
            }
        }
    }

    [Fact]
    public void Constructing_a_value_outside_the_range_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new XsdIntegerValue(256, XsdDatatype.UnsignedByte));
        Assert.Throws<ArgumentOutOfRangeException>(() => new XsdIntegerValue(1, XsdDatatype.Decimal));
    }
}
