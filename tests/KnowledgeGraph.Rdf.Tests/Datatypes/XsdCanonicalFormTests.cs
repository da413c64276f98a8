using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdCanonicalFormTests
{
    [Theory]
    // integer family
    [InlineData("integer", "+007", "7")]
    [InlineData("integer", "-0", "0")]
    [InlineData("integer", "+0", "0")]
    [InlineData("integer", "000", "0")]
    [InlineData("integer", "-00120", "-120")]
    [InlineData("integer", " 42\n", "42")]
    [InlineData("integer", "00000000000000000000000000012345678901234567890123", "12345678901234567890123")]
    [InlineData("long", "-9223372036854775808", "-9223372036854775808")]
    [InlineData("unsignedLong", "018446744073709551615", "18446744073709551615")]
    [InlineData("byte", "+127", "127")]
    // decimal
    [InlineData("decimal", "1.50", "1.5")]
    [InlineData("decimal", "3", "3.0")]
    [InlineData("decimal", "-0", "0.0")]
    [InlineData("decimal", "-0.000", "0.0")]
    [InlineData("decimal", ".5", "0.5")]
    [InlineData("decimal", "5.", "5.0")]
    [InlineData("decimal", "+0010.0100", "10.01")]
    [InlineData("decimal", "-.05", "-0.05")]
    [InlineData("decimal", "100", "100.0")]
    [InlineData("decimal", "1234567890123456789012345678901234567890.000", "1234567890123456789012345678901234567890.0")]
    [InlineData("decimal", "0.0000000000000000000000000000000000000001", "0.0000000000000000000000000000000000000001")]
    // double
    [InlineData("double", "100", "1.0E2")]
    [InlineData("double", "1", "1.0E0")]
    [InlineData("double", "-1.5", "-1.5E0")]
    [InlineData("double", "0.1", "1.0E-1")]
    [InlineData("double", "123.456e3", "1.23456E5")]
    [InlineData("double", "0", "0.0E0")]
    [InlineData("double", "-0", "-0.0E0")]
    [InlineData("double", "0.0e10", "0.0E0")]
    [InlineData("double", "+INF", "INF")]
    [InlineData("double", "INF", "INF")]
    [InlineData("double", "-INF", "-INF")]
    [InlineData("double", "NaN", "NaN")]
    [InlineData("double", "1e400", "INF")]
    [InlineData("double", "1e-400", "0.0E0")]
    [InlineData("double", "1.7976931348623157E308", "1.7976931348623157E308")]
    [InlineData("double", "4.9E-324", "5.0E-324")] // shortest digits that round-trip to the smallest subnormal
    [InlineData("double", "1e21", "1.0E21")]
    [InlineData("double", ".5", "5.0E-1")]
    [InlineData("double", "5.", "5.0E0")]
    [InlineData("double", "12345678901234567890", "1.2345678901234567E19")]
    // float keeps single precision: 0.1f prints as its own shortest form, not the double's
    [InlineData("float", "0.1", "1.0E-1")]
    [InlineData("float", "100", "1.0E2")]
    [InlineData("float", "16777217", "1.6777216E7")]
    [InlineData("float", "3.4028235E38", "3.4028235E38")]
    [InlineData("float", "1e39", "INF")]
    [InlineData("float", "-0", "-0.0E0")]
    // boolean
    [InlineData("boolean", "1", "true")]
    [InlineData("boolean", "0", "false")]
    [InlineData("boolean", "true", "true")]
    [InlineData("boolean", " false ", "false")]
    // dateTime
    [InlineData("dateTime", "2021-03-04T05:06:07+00:00", "2021-03-04T05:06:07Z")]
    [InlineData("dateTime", "2021-03-04T05:06:07-00:00", "2021-03-04T05:06:07Z")]
    [InlineData("dateTime", "2021-03-04T05:06:07.500", "2021-03-04T05:06:07.5")]
    [InlineData("dateTime", "2021-03-04T05:06:07.000", "2021-03-04T05:06:07")]
    [InlineData("dateTime", "2021-03-04T05:06:07.0100Z", "2021-03-04T05:06:07.01Z")]
    [InlineData("dateTime", "2021-03-04T05:06:07.000000000000000000000000000001", "2021-03-04T05:06:07.000000000000000000000000000001")]
    [InlineData("dateTime", "2021-03-04T05:06:07+05:30", "2021-03-04T05:06:07+05:30")]
    [InlineData("dateTime", "2021-12-31T24:00:00", "2022-01-01T00:00:00")]
    [InlineData("dateTime", "2020-02-28T24:00:00Z", "2020-02-29T00:00:00Z")]
    [InlineData("dateTime", "-0001-12-31T24:00:00", "0000-01-01T00:00:00")]
    [InlineData("dateTime", "12345-01-01T00:00:00", "12345-01-01T00:00:00")]
    [InlineData("dateTime", "-12345-01-01T00:00:00", "-12345-01-01T00:00:00")]
    [InlineData("dateTimeStamp", "2021-03-04T05:06:07.10+00:00", "2021-03-04T05:06:07.1Z")]
    // date, time, g*
    [InlineData("date", "2021-03-04+00:00", "2021-03-04Z")]
    [InlineData("date", "-0044-03-15", "-0044-03-15")]
    [InlineData("time", "24:00:00", "00:00:00")]
    [InlineData("time", "13:20:00.000-05:00", "13:20:00-05:00")]
    [InlineData("gYear", "0000", "0000")]
    [InlineData("gYear", "2021+00:00", "2021Z")]
    [InlineData("gYearMonth", "2021-02-00:00", "2021-02Z")]
    [InlineData("gMonth", "--02", "--02")]
    [InlineData("gMonthDay", "--02-29+14:00", "--02-29+14:00")]
    [InlineData("gDay", "---05Z", "---05Z")]
    // durations
    [InlineData("duration", "PT36H", "P1DT12H")]
    [InlineData("duration", "P0D", "PT0S")]
    [InlineData("duration", "-PT0S", "PT0S")]
    [InlineData("duration", "P14M", "P1Y2M")]
    [InlineData("duration", "P12M", "P1Y")]
    [InlineData("duration", "PT1.500S", "PT1.5S")]
    [InlineData("duration", "PT1.000S", "PT1S")]
    [InlineData("duration", "PT0.5S", "PT0.5S")]
    [InlineData("duration", "PT90M", "PT1H30M")]
    [InlineData("duration", "PT3600S", "PT1H")]
    [InlineData("duration", "P1Y0M0DT0H0M0S", "P1Y")]
    [InlineData("duration", "-P1Y2M3DT4H5M6.7S", "-P1Y2M3DT4H5M6.7S")]
    [InlineData("duration", "P1DT24H", "P2D")]
    [InlineData("dayTimeDuration", "PT86400S", "P1D")]
    [InlineData("dayTimeDuration", "P0D", "PT0S")]
    [InlineData("yearMonthDuration", "P0Y", "P0M")]
    [InlineData("yearMonthDuration", "-P25M", "-P2Y1M")]
    // strings
    [InlineData("string", " a  b ", " a  b ")]
    [InlineData("normalizedString", "a\tb\nc\r", "a b c ")]
    [InlineData("token", "  a \t\n b  ", "a b")]
    [InlineData("language", " en-GB ", "en-GB")]
    [InlineData("anyURI", " http://example.org/ ", "http://example.org/")]
    // binary
    [InlineData("hexBinary", "0fb7", "0FB7")]
    [InlineData("base64Binary", "QU JD", "QUJD")]
    [InlineData("base64Binary", " QQ= = ", "QQ==")]
    public void Canonical_forms_follow_the_canonical_mapping(string type, string lexical, string expected)
    {
        Assert.Equal(expected, XsdDatatypes.Canonicalize(Type(type), lexical));
    }

    [Theory]
    [InlineData("integer", "7")]
    [InlineData("decimal", "1.5")]
    [InlineData("double", "1.2345E-7")]
    [InlineData("float", "1.0E-1")]
    [InlineData("dateTime", "2021-03-04T05:06:07.5+05:30")]
    [InlineData("duration", "-P1Y2M3DT4H5M6.7S")]
    [InlineData("gMonthDay", "--02-29Z")]
    public void Canonical_forms_are_fixed_points(string type, string canonical)
    {
        var once = XsdDatatypes.Canonicalize(Type(type), canonical);
        Assert.Equal(canonical, once);
        Assert.Equal(once, XsdDatatypes.Canonicalize(Type(type), once));
    }

    [Fact]
    public void Long_fractional_seconds_keep_every_digit()
    {
        var fraction = string.Concat(Enumerable.Repeat("0123456789", 12)) + "1";
        var canonical = XsdDatatypes.Canonicalize(XsdDatatype.DateTime, "2021-03-04T05:06:07." + fraction + "0000+00:00");
        Assert.Equal("2021-03-04T05:06:07." + fraction + "Z", canonical);
    }

    [Fact]
    public void Canonicalize_throws_with_the_type_and_form_in_the_message()
    {
        var error = Assert.Throws<FormatException>(() => XsdDatatypes.Canonicalize(XsdDatatype.Date, "2021-02-29"));
        Assert.Contains("2021-02-29", error.Message);
        Assert.Contains("xsd:date", error.Message);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(6.02214076e23)]
    [InlineData(-2.5e-300)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    public void Canonical_doubles_read_back_to_the_same_value(double value)
    {
        var canonical = XsdFloatingPoint.FormatDouble(value);
        Assert.True(XsdFloatingPoint.TryParseDouble(canonical, out var back));
        Assert.Equal(value, back);
    }
}
