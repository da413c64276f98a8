using KnowledgeGraph.Rdf.Datatypes;
using static KnowledgeGraph.Rdf.Tests.Datatypes.XsdTestHelpers;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

public sealed class XsdLexicalValidityTests
{
    [Theory]
    // integer
    [InlineData("integer", "0")]
    [InlineData("integer", "-0")]
    [InlineData("integer", "+0")]
    [InlineData("integer", "+007")]
    [InlineData("integer", "-12345678901234567890123456789012345678901234567890")]
    [InlineData("integer", " 42 ")]
    [InlineData("integer", "\t42\n")]
    // decimal
    [InlineData("decimal", "1.50")]
    [InlineData("decimal", "-0")]
    [InlineData("decimal", ".5")]
    [InlineData("decimal", "5.")]
    [InlineData("decimal", "+.5")]
    [InlineData("decimal", "-5.")]
    [InlineData("decimal", "0000.0000")]
    [InlineData("decimal", "1234567890123456789012345678901234567890.1234567890")]
    // double / float
    [InlineData("double", "1e5")]
    [InlineData("double", "1E-5")]
    [InlineData("double", "1.5e+10")]
    [InlineData("double", ".5e1")]
    [InlineData("double", "5.e1")]
    [InlineData("double", "-0")]
    [InlineData("double", "INF")]
    [InlineData("double", "+INF")]
    [InlineData("double", "-INF")]
    [InlineData("double", "NaN")]
    [InlineData("double", "100")]
    [InlineData("double", "1e400")]
    [InlineData("float", "3.4028235E38")]
    [InlineData("float", "+INF")]
    [InlineData("float", "1e-50")]
    // boolean
    [InlineData("boolean", "true")]
    [InlineData("boolean", "false")]
    [InlineData("boolean", "1")]
    [InlineData("boolean", "0")]
    [InlineData("boolean", " true ")]
    // date
    [InlineData("date", "2020-02-29")]
    [InlineData("date", "2000-02-29")]
    [InlineData("date", "0000-01-01")]
    [InlineData("date", "-0001-12-31")]
    [InlineData("date", "12345-06-07")]
    [InlineData("date", "-12345-06-07")]
    [InlineData("date", "2021-02-28Z")]
    [InlineData("date", "2021-02-28+14:00")]
    [InlineData("date", "2021-02-28-14:00")]
    [InlineData("date", "2021-02-28-13:59")]
    [InlineData("date", "-0004-02-29")]
    // dateTime
    [InlineData("dateTime", "2021-01-01T12:00:00")]
    [InlineData("dateTime", "2021-01-01T12:00:00.5")]
    [InlineData("dateTime", "2021-01-01T12:00:00.123456789012345678901234567890Z")]
    [InlineData("dateTime", "2021-12-31T24:00:00")]
    [InlineData("dateTime", "2021-12-31T24:00:00.000Z")]
    [InlineData("dateTime", "2021-01-01T23:59:59+05:30")]
    [InlineData("dateTime", "99999-01-01T00:00:00")]
    [InlineData("dateTime", " 2021-01-01T12:00:00Z\r\n")]
    [InlineData("dateTimeStamp", "2021-01-01T12:00:00Z")]
    [InlineData("dateTimeStamp", "2021-01-01T12:00:00-03:00")]
    // time
    [InlineData("time", "00:00:00")]
    [InlineData("time", "23:59:59.999")]
    [InlineData("time", "24:00:00")]
    [InlineData("time", "12:30:00Z")]
    // g*
    [InlineData("gYear", "2021")]
    [InlineData("gYear", "0000")]
    [InlineData("gYear", "-0001")]
    [InlineData("gYear", "10000")]
    [InlineData("gYear", "2021Z")]
    [InlineData("gYearMonth", "2021-02")]
    [InlineData("gYearMonth", "-2021-12+01:00")]
    [InlineData("gMonth", "--02")]
    [InlineData("gMonth", "--12Z")]
    [InlineData("gMonthDay", "--02-29")]
    [InlineData("gMonthDay", "--12-31")]
    [InlineData("gDay", "---01")]
    [InlineData("gDay", "---31-05:00")]
    // durations
    [InlineData("duration", "P1Y2M3DT4H5M6.7S")]
    [InlineData("duration", "-P1Y")]
    [InlineData("duration", "PT0S")]
    [InlineData("duration", "P0D")]
    [InlineData("duration", "PT36H")]
    [InlineData("duration", "P1DT2S")]
    [InlineData("duration", "PT1.000S")]
    [InlineData("dayTimeDuration", "P3DT4H")]
    [InlineData("dayTimeDuration", "-PT1.5S")]
    [InlineData("yearMonthDuration", "P1Y2M")]
    [InlineData("yearMonthDuration", "-P13M")]
    // strings and friends
    [InlineData("string", "")]
    [InlineData("string", "  spaced\tand\nnewlines  ")]
    [InlineData("string", "emoji \U0001F600")]
    [InlineData("normalizedString", "a\tb")]
    [InlineData("token", "  a   b  ")]
    [InlineData("language", "en")]
    [InlineData("language", "en-GB")]
    [InlineData("language", "zh-Hant-TW")]
    [InlineData("language", " de-CH-1996 ")]
    [InlineData("anyURI", "http://example.org/a b")]
    [InlineData("anyURI", "")]
    [InlineData("hexBinary", "")]
    [InlineData("hexBinary", "0fB7")]
    [InlineData("base64Binary", "")]
    [InlineData("base64Binary", "QUJD")]
    [InlineData("base64Binary", "QUI=")]
    [InlineData("base64Binary", "QQ==")]
    [InlineData("base64Binary", "QU JD")]
    [InlineData("base64Binary", "QQ= =")]
    [InlineData("base64Binary", " QUJD\n")]
    public void Valid_lexical_forms_are_accepted(string type, string lexical)
    {
        Assert.True(XsdDatatypes.IsValid(Type(type), lexical));
        Assert.True(XsdValue.TryParse(lexical, Type(type), out _));
    }

    [Theory]
    // integer
    [InlineData("integer", "")]
    [InlineData("integer", "+")]
    [InlineData("integer", "-")]
    [InlineData("integer", "1.0")]
    [InlineData("integer", "1 2")]
    [InlineData("integer", "1e3")]
    [InlineData("integer", "0x10")]
    [InlineData("integer", "١٢")]
    [InlineData("integer", "++1")]
    // decimal
    [InlineData("decimal", ".")]
    [InlineData("decimal", "1e")]
    [InlineData("decimal", "1e5")]
    [InlineData("decimal", "1.2.3")]
    [InlineData("decimal", "INF")]
    [InlineData("decimal", "1,5")]
    [InlineData("decimal", "")]
    // double / float
    [InlineData("double", "1e")]
    [InlineData("double", "1e+")]
    [InlineData("double", "e5")]
    [InlineData("double", ".e5")]
    [InlineData("double", "inf")]
    [InlineData("double", "Infinity")]
    [InlineData("double", "nan")]
    [InlineData("double", "-NaN")]
    [InlineData("double", "+NaN")]
    [InlineData("double", "1.0 E5")]
    [InlineData("double", "")]
    [InlineData("float", "1e")]
    [InlineData("float", "INFINITY")]
    // boolean
    [InlineData("boolean", "TRUE")]
    [InlineData("boolean", "True")]
    [InlineData("boolean", "yes")]
    [InlineData("boolean", "01")]
    [InlineData("boolean", "")]
    // date
    [InlineData("date", "2021-02-29")]
    [InlineData("date", "1900-02-29")]
    [InlineData("date", "2021-04-31")]
    [InlineData("date", "2021-13-01")]
    [InlineData("date", "2021-00-10")]
    [InlineData("date", "2021-01-00")]
    [InlineData("date", "21-01-01")]
    [InlineData("date", "021-01-01")]
    [InlineData("date", "02021-01-01")]
    [InlineData("date", "-0000-01-01")]
    [InlineData("date", "2021-1-01")]
    [InlineData("date", "2021-01-01T00:00:00")]
    [InlineData("date", "2021-01-01+14:01")]
    [InlineData("date", "2021-01-01+15:00")]
    [InlineData("date", "2021-01-01+05")]
    [InlineData("date", "2021-01-01z")]
    [InlineData("date", "-0003-02-29")]
    // dateTime
    [InlineData("dateTime", "2021-01-01")]
    [InlineData("dateTime", "2021-01-01T12:00")]
    [InlineData("dateTime", "2021-01-01 12:00:00")]
    [InlineData("dateTime", "2021-01-01t12:00:00")]
    [InlineData("dateTime", "2021-01-01T12:00:00.")]
    [InlineData("dateTime", "2021-01-01T12:00:60")]
    [InlineData("dateTime", "2016-12-31T23:59:60Z")]
    [InlineData("dateTime", "2021-01-01T25:00:00")]
    [InlineData("dateTime", "2021-01-01T24:00:01")]
    [InlineData("dateTime", "2021-01-01T24:01:00")]
    [InlineData("dateTime", "2021-01-01T24:00:00.1")]
    [InlineData("dateTime", "2021-01-01T12:60:00")]
    [InlineData("dateTime", "2021-02-29T12:00:00")]
    [InlineData("dateTime", "2021-01-01T12:00:00ZZ")]
    [InlineData("dateTimeStamp", "2021-01-01T12:00:00")]
    // time
    [InlineData("time", "24:00:01")]
    [InlineData("time", "23:59:60")]
    [InlineData("time", "1:00:00")]
    [InlineData("time", "12:00")]
    // g*
    [InlineData("gYear", "-0000")]
    [InlineData("gYear", "021")]
    [InlineData("gYear", "02021")]
    [InlineData("gYear", "2021-01")]
    [InlineData("gYear", "+2021")]
    [InlineData("gYearMonth", "2021")]
    [InlineData("gYearMonth", "2021-13")]
    [InlineData("gYearMonth", "-0000-05")]
    [InlineData("gMonth", "--13")]
    [InlineData("gMonth", "--00")]
    [InlineData("gMonth", "--02--")]
    [InlineData("gMonth", "02")]
    [InlineData("gMonthDay", "--02-30")]
    [InlineData("gMonthDay", "--04-31")]
    [InlineData("gMonthDay", "-02-28")]
    [InlineData("gDay", "---32")]
    [InlineData("gDay", "---00")]
    [InlineData("gDay", "--01")]
    // durations
    [InlineData("duration", "P")]
    [InlineData("duration", "-P")]
    [InlineData("duration", "PT")]
    [InlineData("duration", "P1YT")]
    [InlineData("duration", "1Y")]
    [InlineData("duration", "P1M1Y")]
    [InlineData("duration", "P1Y1Y")]
    [InlineData("duration", "P1H")]
    [InlineData("duration", "PT1D")]
    [InlineData("duration", "P1.5Y")]
    [InlineData("duration", "PT1.5M")]
    [InlineData("duration", "PT.5S")]
    [InlineData("duration", "PT1.S")]
    [InlineData("duration", "+P1Y")]
    [InlineData("duration", "P-1Y")]
    [InlineData("duration", "p1Y")]
    [InlineData("duration", "P1W")]
    [InlineData("dayTimeDuration", "P1Y")]
    [InlineData("dayTimeDuration", "P1M")]
    [InlineData("dayTimeDuration", "P1Y2DT3H")]
    [InlineData("yearMonthDuration", "P1D")]
    [InlineData("yearMonthDuration", "P1YT1H")]
    [InlineData("yearMonthDuration", "PT1M")]
    // strings and friends
    [InlineData("string", "nul \0 char")]
    [InlineData("string", "bell \a")]
    [InlineData("string", "\uFFFE")]
    [InlineData("token", "\u0001")]
    [InlineData("language", "")]
    [InlineData("language", "englishes-x")]
    [InlineData("language", "en-abcdefghi")]
    [InlineData("language", "en_GB")]
    [InlineData("language", "1en")]
    [InlineData("language", "en--GB")]
    [InlineData("language", "en-")]
    [InlineData("language", "en GB")]
    [InlineData("hexBinary", "0")]
    [InlineData("hexBinary", "0g")]
    [InlineData("hexBinary", "0f b7")]
    [InlineData("base64Binary", "QUJ")]
    [InlineData("base64Binary", "QUJ=")]
    [InlineData("base64Binary", "QR==")]
    [InlineData("base64Binary", "Q===")]
    [InlineData("base64Binary", "QU=D")]
    [InlineData("base64Binary", "QUJD!")]
    public void Invalid_lexical_forms_are_refused(string type, string lexical)
    {
        Assert.False(XsdDatatypes.IsValid(Type(type), lexical));
        Assert.False(XsdValue.TryParse(lexical, Type(type), out _));
        Assert.False(XsdDatatypes.TryCanonicalize(Type(type), lexical, out _));
    }

    [Theory]
    [InlineData(0xD800, false)]
    [InlineData(0xDFFF, false)]
    [InlineData(0x0000, false)]
    [InlineData(0x001F, false)]
    [InlineData(0xFFFF, false)]
    [InlineData(0xFFFD, true)]
    [InlineData(0x0009, true)]
    public void Strings_must_be_xml_characters(int code, bool valid)
    {
        // Built at run time: attribute data cannot carry unpaired surrogates intact.
        var text = "a" + (char)code + "b";
        foreach (var type in new[] { XsdDatatype.String, XsdDatatype.NormalizedString, XsdDatatype.Token, XsdDatatype.AnyUri })
        {
            Assert.Equal(valid, XsdDatatypes.IsValid(type, text));
        }

        Assert.True(XsdDatatypes.IsValid(XsdDatatype.String, "a\uD83D\uDE00b"));
        Assert.False(XsdDatatypes.IsValid(XsdDatatype.String, "a\uDE00\uD83Db"));
    }

    [Fact]
    public void Every_registered_datatype_round_trips_through_its_iri()
    {
        foreach (var datatype in XsdDatatypes.All)
        {
            Assert.True(XsdDatatypes.TryGet(XsdDatatypes.GetIri(datatype), out var found));
            Assert.Equal(datatype, found);
        }

        Assert.Equal(36, XsdDatatypes.All.Length);
        Assert.Equal(XsdDatatypes.All.Length, XsdDatatypes.All.Select(XsdDatatypes.GetLocalName).Distinct().Count());
    }

    [Theory]
    [InlineData("http://www.w3.org/2001/XMLSchema#NOTATION")]
    [InlineData("http://www.w3.org/2001/XMLSchema#Integer")]
    [InlineData("http://example.org/integer")]
    [InlineData("http://www.w3.org/2001/XMLSchema#")]
    public void Unknown_datatype_iris_are_not_in_the_registry(string iri) =>
        Assert.False(XsdDatatypes.TryGet(iri, out _));
}
