using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdValueTests
{
    [Fact]
    public void Literals_parse_to_the_value_family_of_their_datatype()
    {
        Assert.IsType<XsdIntegerValue>(Parse("42", "int"));
        Assert.IsType<XsdDecimalValue>(Parse("4.2", "decimal"));
        Assert.IsType<XsdDoubleValue>(Parse("4.2", "double"));
        Assert.IsType<XsdFloatValue>(Parse("4.2", "float"));
        Assert.IsType<XsdBooleanValue>(Parse("1", "boolean"));
        Assert.IsType<XsdDateTimeValue>(Parse("2021-01-01", "date"));
        Assert.IsType<XsdDurationValue>(Parse("P1D", "dayTimeDuration"));
        Assert.IsType<XsdStringValue>(Parse("x", "token"));
        Assert.IsType<XsdBinaryValue>(Parse("00", "hexBinary"));
        Assert.True(XsdValue.TryParse(new Literal("plain"), out var simple));
        Assert.Equal(new XsdStringValue("plain", XsdDatatype.String), simple);
    }

    [Fact]
    public void Ill_typed_and_foreign_literals_fail_instead_of_throwing()
    {
        Assert.False(XsdValue.TryParse(new Literal("2021-02-29", XsdDatatypes.GetIri(XsdDatatype.Date)), out _));
        Assert.False(XsdValue.TryParse(new Literal("abc", XsdDatatypes.GetIri(XsdDatatype.Integer)), out _));
        Assert.False(XsdValue.TryParse(new Literal("chat", "fr"), out _));
        Assert.False(XsdValue.TryParse(new Literal("x", new Iri("http://example.org/type")), out _));
        Assert.False(XsdDatatypes.IsValid(new Literal("chat", "fr")));
        Assert.True(XsdDatatypes.IsValid(new Literal("+1", XsdDatatypes.GetIri(XsdDatatype.PositiveInteger))));
    }

    [Fact]
    public void Values_convert_back_to_canonical_literals()
    {
        var literal = Parse("+0010.50", "decimal").ToLiteral();
        Assert.Equal("10.5", literal.LexicalForm);
        Assert.Equal(XsdDatatypes.GetIri(XsdDatatype.Decimal), literal.Datatype);
        Assert.Equal("\"2021-01-01T00:00:00Z\"^^xsd:dateTime", Parse("2021-01-01T00:00:00+00:00", "dateTime").ToString());
    }

    [Fact]
    public void Date_time_values_expose_their_components()
    {
        var value = (XsdDateTimeValue)Parse("-0044-03-15T12:30:45.25-05:30", "dateTime");
        Assert.Equal(-44, value.Value.Year);
        Assert.Equal(3, value.Value.Month);
        Assert.Equal(15, value.Value.Day);
        Assert.Equal(12, value.Value.Hour);
        Assert.Equal(30, value.Value.Minute);
        Assert.Equal(45, value.Value.Second);
        Assert.Equal("0.25", value.Value.FractionalSecond.ToString());
        Assert.Equal(-330, value.Value.TimezoneOffsetMinutes);
        Assert.Null(((XsdDateTimeValue)Parse("2021-01-01", "date")).Value.TimezoneOffsetMinutes);
    }

    [Fact]
    public void Durations_are_months_and_seconds()
    {
        var value = (XsdDurationValue)Parse("-P1Y2M3DT4H5M6.5S", "duration");
        Assert.Equal(-14, value.Value.Months);
        Assert.Equal("-273906.5", value.Value.Seconds.ToString());
        Assert.Throws<ArgumentException>(() => new XsdDuration(XsdDatatype.Duration, 1, -1));
    }

    [Fact]
    public void Record_equality_is_datatype_and_value_while_the_comparer_is_xpath_equality()
    {
        var asInt = Parse("1", "int");
        var asInteger = Parse("01", "integer");
        Assert.NotEqual(asInt, asInteger);
        Assert.Equal(XsdOrder.Equal, XsdComparer.Compare(asInt, asInteger));
        Assert.Equal(Parse("0f", "hexBinary"), Parse("0F", "hexBinary"));
        Assert.Equal(Parse("0f", "hexBinary").GetHashCode(), Parse("0F", "hexBinary").GetHashCode());
    }

    [Fact]
    public void Years_beyond_the_supported_range_are_refused_rather_than_wrapped()
    {
        Assert.True(XsdDatatypes.IsValid(XsdDatatype.GYear, "99999999999"));
        Assert.False(XsdDatatypes.IsValid(XsdDatatype.GYear, "100000000000"));
        Assert.False(XsdDatatypes.IsValid(XsdDatatype.DateTime, "99999999999-12-31T24:00:00"));
    }

    [Theory]
    [InlineData(XsdDatatype.DateTime, 2021, 3, 4, 5, 6, 7, 0, "2021-03-04T05:06:07Z")]
    [InlineData(XsdDatatype.Date, 2020, 2, 29, 23, 0, 0, null, "2020-02-29")]
    [InlineData(XsdDatatype.GYear, -44, 13, 99, 0, 0, 0, 60, "-0044+01:00")]
    [InlineData(XsdDatatype.GMonthDay, 2021, 2, 29, 0, 0, 0, null, "--02-29")]
    [InlineData(XsdDatatype.Time, 2021, 2, 30, 23, 59, 59, -840, "23:59:59-14:00")]
    public void Date_times_can_be_built_from_components(XsdDatatype kind, long year, int month, int day, int hour, int minute, int second, int? timezone, string expected)
    {
        Assert.True(XsdDateTime.TryCreate(kind, year, month, day, hour, minute, second, XsdDecimal.Zero, timezone, out var value));
        Assert.Equal(expected, value.ToString());
        Assert.Equal(value, ((XsdDateTimeValue)XsdValue.Parse(expected, kind)).Value);
    }

    [Theory]
    [InlineData(XsdDatatype.Date, 2021, 2, 29, 0, 0, 0, null)]
    [InlineData(XsdDatatype.DateTime, 2021, 1, 1, 24, 0, 0, null)]
    [InlineData(XsdDatatype.DateTime, 2021, 1, 1, 0, 0, 60, null)]
    [InlineData(XsdDatatype.DateTime, 2021, 1, 1, 0, 0, 0, 841)]
    [InlineData(XsdDatatype.DateTimeStamp, 2021, 1, 1, 0, 0, 0, null)]
    [InlineData(XsdDatatype.Duration, 2021, 1, 1, 0, 0, 0, null)]
    public void Out_of_range_components_are_refused(XsdDatatype kind, long year, int month, int day, int hour, int minute, int second, int? timezone) =>
        Assert.False(XsdDateTime.TryCreate(kind, year, month, day, hour, minute, second, XsdDecimal.Zero, timezone, out _));

    [Fact]
    public void Now_keeps_its_offset_and_ticks()
    {
        var instant = new DateTimeOffset(2024, 2, 29, 13, 14, 15, TimeSpan.FromHours(-5)).AddTicks(1_234_500);
        Assert.Equal("2024-02-29T13:14:15.12345-05:00", XsdDateTime.FromDateTimeOffset(instant).ToString());
    }

    [Fact]
    public void Durations_refuse_components_their_kind_cannot_hold()
    {
        Assert.Throws<ArgumentException>(() => new XsdDuration(XsdDatatype.DayTimeDuration, 1, 0));
        Assert.Throws<ArgumentException>(() => new XsdDuration(XsdDatatype.YearMonthDuration, 0, 1));
        Assert.Throws<ArgumentException>(() => new XsdDuration(XsdDatatype.Date, 0, 1));
        Assert.Equal("-P1DT0.5S", new XsdDuration(XsdDatatype.DayTimeDuration, 0, XsdDecimal.Create(-864005, 1)).ToString());
    }

    private static XsdValue Parse(string lexical, string localName) =>
        XsdValue.TryParse(new Literal(lexical, new Iri(XsdDatatypes.Namespace + localName)), out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"\"{lexical}\"^^xsd:{localName} did not parse");
}
