using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdComparisonTests
{
    [Theory]
    [InlineData("1", "integer", "1.0", "decimal", XsdOrder.Equal)]
    [InlineData("1", "integer", "1.0e0", "double", XsdOrder.Equal)]
    [InlineData("1", "byte", "1", "unsignedLong", XsdOrder.Equal)]
    [InlineData("-5", "int", "3", "positiveInteger", XsdOrder.Less)]
    [InlineData("2", "integer", "1.5", "decimal", XsdOrder.Greater)]
    [InlineData("0.1", "decimal", "0.1", "double", XsdOrder.Equal)]
    [InlineData("0.1", "float", "0.1", "double", XsdOrder.Greater)] // 0.1f is 0.100000001490116...
    [InlineData("0.1", "float", "0.1", "decimal", XsdOrder.Equal)]
    [InlineData("1.5", "float", "1.5", "double", XsdOrder.Equal)]
    [InlineData("12345678901234567890123456789012345678901", "integer", "12345678901234567890123456789012345678900.9", "decimal", XsdOrder.Greater)]
    [InlineData("1234567890123456789012345678901234567890.0000000000000000000000000000000000000001", "decimal", "1234567890123456789012345678901234567890", "integer", XsdOrder.Greater)]
    [InlineData("9223372036854775807", "long", "9223372036854775808", "integer", XsdOrder.Less)]
    [InlineData("-0", "double", "0", "double", XsdOrder.Equal)]
    [InlineData("-0", "double", "0", "integer", XsdOrder.Equal)]
    [InlineData("INF", "double", "1e308", "double", XsdOrder.Greater)]
    [InlineData("-INF", "double", "-99999999999999999999999999999999999999999", "integer", XsdOrder.Less)]
    [InlineData("-INF", "float", "-99999999999999999999999999999999999999999", "integer", XsdOrder.Equal)] // XPath promotes the integer to float, where it overflows to -INF
    [InlineData("3.4028235E38", "float", "340282350000000000000000000000000000001", "integer", XsdOrder.Equal)]
    [InlineData("INF", "float", "INF", "double", XsdOrder.Equal)]
    [InlineData("NaN", "double", "NaN", "double", XsdOrder.Indeterminate)]
    [InlineData("NaN", "double", "1", "integer", XsdOrder.Indeterminate)]
    [InlineData("1", "decimal", "NaN", "float", XsdOrder.Indeterminate)]
    public void Numbers_compare_by_value_with_type_promotion(string a, string aType, string b, string bType, XsdOrder expected)
    {
        Assert.Equal(expected, XsdComparer.Compare(Value(a, aType), Value(b, bType)));
        Assert.Equal(Mirror(expected), XsdComparer.Compare(Value(b, bType), Value(a, aType)));
    }

    [Theory]
    // both with timezones: compared as instants
    [InlineData("2021-01-01T12:00:00Z", "2021-01-01T13:00:00+01:00", XsdOrder.Equal)]
    [InlineData("2021-01-01T12:00:00Z", "2021-01-01T12:00:00+01:00", XsdOrder.Greater)]
    [InlineData("2021-01-01T00:00:00-14:00", "2021-01-02T00:00:00+14:00", XsdOrder.Greater)]
    [InlineData("2021-12-31T24:00:00Z", "2022-01-01T00:00:00Z", XsdOrder.Equal)]
    [InlineData("2021-01-01T12:00:00.5Z", "2021-01-01T12:00:00.50Z", XsdOrder.Equal)]
    [InlineData("2021-01-01T12:00:00.000000000000000000001Z", "2021-01-01T12:00:00Z", XsdOrder.Greater)]
    // neither with timezone: compared as local times
    [InlineData("2021-01-01T12:00:00", "2021-01-01T12:00:01", XsdOrder.Less)]
    [InlineData("2021-01-01T12:00:00", "2021-01-01T12:00:00.000", XsdOrder.Equal)]
    // one with, one without: the 14-hour rule
    [InlineData("2021-01-01T12:00:00Z", "2021-01-01T12:00:00", XsdOrder.Indeterminate)]
    [InlineData("2021-01-01T12:00:00Z", "2021-01-02T02:00:00", XsdOrder.Indeterminate)]
    [InlineData("2021-01-01T12:00:00Z", "2021-01-02T02:00:01", XsdOrder.Less)]
    [InlineData("2021-01-01T12:00:00Z", "2020-12-31T22:00:00", XsdOrder.Indeterminate)]
    [InlineData("2021-01-01T12:00:00Z", "2020-12-31T21:59:59", XsdOrder.Greater)]
    [InlineData("2000-01-15T12:00:00", "2000-01-16T12:00:00Z", XsdOrder.Less)]
    [InlineData("2000-01-01T12:00:00", "1999-12-31T23:00:00Z", XsdOrder.Indeterminate)]
    [InlineData("2000-01-16T00:00:00", "2000-01-16T12:00:00Z", XsdOrder.Indeterminate)]
    // years beyond 9999 and before year 1
    [InlineData("10000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", XsdOrder.Greater)]
    [InlineData("-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", XsdOrder.Less)]
    [InlineData("-10000-01-01T00:00:00Z", "-9999-01-01T00:00:00Z", XsdOrder.Less)]
    public void DateTimes_follow_the_xsd_partial_order(string a, string b, XsdOrder expected)
    {
        Assert.Equal(expected, XsdComparer.Compare(Value(a, "dateTime"), Value(b, "dateTime")));
        Assert.Equal(Mirror(expected), XsdComparer.Compare(Value(b, "dateTime"), Value(a, "dateTime")));
    }

    [Theory]
    [InlineData("2021-01-01", "date", "2021-01-02", "date", XsdOrder.Less)]
    [InlineData("2021-01-01Z", "date", "2021-01-01+01:00", "date", XsdOrder.Greater)]
    [InlineData("2021-01-01Z", "date", "2021-01-01", "date", XsdOrder.Indeterminate)]
    [InlineData("12:00:00", "time", "13:00:00", "time", XsdOrder.Less)]
    [InlineData("12:00:00Z", "time", "13:00:00+01:00", "time", XsdOrder.Equal)]
    [InlineData("24:00:00", "time", "00:00:00", "time", XsdOrder.Equal)]
    [InlineData("2021", "gYear", "2022", "gYear", XsdOrder.Less)]
    [InlineData("2021-05", "gYearMonth", "2021-04", "gYearMonth", XsdOrder.Greater)]
    [InlineData("--05", "gMonth", "--05", "gMonth", XsdOrder.Equal)]
    [InlineData("--02-29", "gMonthDay", "--03-01", "gMonthDay", XsdOrder.Less)]
    [InlineData("---15Z", "gDay", "---15+05:00", "gDay", XsdOrder.Greater)]
    [InlineData("2021-01-01T00:00:00Z", "dateTimeStamp", "2021-01-01T00:00:00Z", "dateTime", XsdOrder.Equal)]
    [InlineData("2021-01-01", "date", "2021-01-01T00:00:00", "dateTime", XsdOrder.Incomparable)]
    [InlineData("2021", "gYear", "2021-01", "gYearMonth", XsdOrder.Incomparable)]
    [InlineData("2021", "gYear", "2021", "integer", XsdOrder.Incomparable)]
    public void Date_and_time_types_compare_within_their_primitive_type(string a, string aType, string b, string bType, XsdOrder expected)
    {
        Assert.Equal(expected, XsdComparer.Compare(Value(a, aType), Value(b, bType)));
        Assert.Equal(Mirror(expected), XsdComparer.Compare(Value(b, bType), Value(a, aType)));
    }

    [Theory]
    [InlineData("P1M", "P30D", XsdOrder.Indeterminate)]
    [InlineData("P1M", "P27D", XsdOrder.Greater)]
    [InlineData("P1M", "P28D", XsdOrder.Indeterminate)]
    [InlineData("P1M", "P31D", XsdOrder.Indeterminate)]
    [InlineData("P1M", "P32D", XsdOrder.Less)]
    [InlineData("P1Y", "P365D", XsdOrder.Indeterminate)]
    [InlineData("P1Y", "P364D", XsdOrder.Greater)]
    [InlineData("P1Y", "P367D", XsdOrder.Less)]
    [InlineData("P1Y", "P12M", XsdOrder.Equal)]
    [InlineData("P1D", "PT24H", XsdOrder.Equal)]
    [InlineData("PT1H", "PT59M60S", XsdOrder.Equal)]
    [InlineData("PT1.5S", "PT1.50S", XsdOrder.Equal)]
    [InlineData("P1M", "P2M", XsdOrder.Less)]
    [InlineData("-P1M", "P0D", XsdOrder.Less)]
    [InlineData("-P1M", "-P27D", XsdOrder.Less)]
    [InlineData("P5M", "P150D", XsdOrder.Indeterminate)]
    [InlineData("P5M", "P154D", XsdOrder.Less)]
    [InlineData("P1MT1H", "P1M", XsdOrder.Greater)]
    public void Durations_follow_the_xsd_partial_order(string a, string b, XsdOrder expected)
    {
        Assert.Equal(expected, XsdComparer.Compare(Value(a, "duration"), Value(b, "duration")));
        Assert.Equal(Mirror(expected), XsdComparer.Compare(Value(b, "duration"), Value(a, "duration")));
    }

    [Theory]
    [InlineData("P1Y", "yearMonthDuration", "P12M", "duration", XsdOrder.Equal)]
    [InlineData("P1D", "dayTimeDuration", "PT25H", "duration", XsdOrder.Less)]
    [InlineData("P1M", "yearMonthDuration", "P30D", "dayTimeDuration", XsdOrder.Indeterminate)]
    public void Duration_subtypes_compare_with_each_other(string a, string aType, string b, string bType, XsdOrder expected) =>
        Assert.Equal(expected, XsdComparer.Compare(Value(a, aType), Value(b, bType)));

    [Theory]
    [InlineData("abc", "string", "abd", "string", XsdOrder.Less)]
    [InlineData("abc", "string", "abc", "token", XsdOrder.Equal)]
    [InlineData("b", "string", "abc", "string", XsdOrder.Greater)]
    [InlineData("ab", "string", "abc", "string", XsdOrder.Less)]
    [InlineData("http://a/", "anyURI", "http://a/", "string", XsdOrder.Equal)]
    [InlineData("\uFFFD", "string", "\U00010000", "string", XsdOrder.Less)]
    [InlineData("\uE000", "string", "\U0001F600", "string", XsdOrder.Less)]
    [InlineData("false", "boolean", "true", "boolean", XsdOrder.Less)]
    [InlineData("1", "boolean", "true", "boolean", XsdOrder.Equal)]
    [InlineData("true", "boolean", "1", "integer", XsdOrder.Incomparable)]
    [InlineData("1", "string", "1", "integer", XsdOrder.Incomparable)]
    [InlineData("0F", "hexBinary", "0f", "hexBinary", XsdOrder.Equal)]
    [InlineData("00", "hexBinary", "0F", "hexBinary", XsdOrder.Less)]
    [InlineData("AA==", "base64Binary", "00", "hexBinary", XsdOrder.Incomparable)]
    public void Other_types_compare_as_xpath_says(string a, string aType, string b, string bType, XsdOrder expected)
    {
        Assert.Equal(expected, XsdComparer.Compare(Value(a, aType), Value(b, bType)));
        Assert.Equal(Mirror(expected), XsdComparer.Compare(Value(b, bType), Value(a, aType)));
    }

    private static XsdOrder Mirror(XsdOrder order) => order switch
    {
        XsdOrder.Less => XsdOrder.Greater,
        XsdOrder.Greater => XsdOrder.Less,
        _ => order,
    };
}
