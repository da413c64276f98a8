using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Memory;

namespace KnowledgeGraph.Store.Tests;

public sealed class InlineValueTests
{
    [Theory]
    [InlineData("0", "integer")]
    [InlineData("-576460752303423488", "integer")]
    [InlineData("576460752303423487", "integer")]
    [InlineData("true", "boolean")]
    [InlineData("2024-02-29", "date")]
    [InlineData("1999-12-31Z", "date")]
    [InlineData("2024-02-29T13:45:00", "dateTime")]
    [InlineData("2024-02-29T13:45:00.123456Z", "dateTime")]
    [InlineData("", "string")]
    [InlineData("abc\u00e9", "string")]
    public void Canonical_small_values_are_inlined_and_decode_to_the_same_literal(string lexical, string type)
    {
        var literal = new Literal(lexical, new Iri(Xsd.Namespace + type));
        var id = InlineValues.TryEncode(literal);
        Assert.NotNull(id);
        Assert.True(id.Value.IsInline);
        Assert.Equal(literal, InlineValues.Decode(id.Value));
    }

    [Theory]
    [InlineData("01", "integer")]
    [InlineData("+1", "integer")]
    [InlineData("576460752303423488", "integer")]
    [InlineData("1", "boolean")]
    [InlineData("2024-02-30", "date")]
    [InlineData("2024-02-29+01:00", "date")]
    [InlineData("2024-02-29T13:45:00.10", "dateTime")]
    [InlineData("2024-02-29T13:45:00.0000001", "dateTime")]
    [InlineData("eightchr", "string")]
    [InlineData("1.5", "decimal")]
    public void Non_canonical_or_large_values_stay_in_the_dictionary(string lexical, string type)
    {
        Assert.Null(InlineValues.TryEncode(new Literal(lexical, new Iri(Xsd.Namespace + type))));
        var store = new MemoryQuadStore();
        using var txn = store.BeginWrite();
        var literal = new Literal(lexical, new Iri(Xsd.Namespace + type));
        var id = txn.GetOrAddId(literal);
        Assert.Equal(TermIdTag.Literal, id.Tag);
        Assert.Equal(literal, store.Dictionary.Decode(id));
    }

    [Fact]
    public void Inline_ids_compare_like_their_values()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            long a = random.NextInt64(-1_000_000_000, 1_000_000_000), b = random.NextInt64(-1_000_000_000, 1_000_000_000);
            var ia = InlineValues.TryEncode(new Literal(a.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer))!.Value;
            var ib = InlineValues.TryEncode(new Literal(b.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer))!.Value;
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(TermId.CompareInlineValues(ia, ib)!.Value));
            Assert.True(ia.TryGetInteger(out var back) && back == a);

            var da = new DateOnly(1900, 1, 1).AddDays(random.Next(100_000));
            var db = new DateOnly(1900, 1, 1).AddDays(random.Next(100_000));
            var ida = InlineValues.TryEncode(new Literal(da.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Xsd.Date))!.Value;
            var idb = InlineValues.TryEncode(new Literal(db.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Xsd.Date))!.Value;
            Assert.Equal(Math.Sign(da.CompareTo(db)), Math.Sign(TermId.CompareInlineValues(ida, idb)!.Value));
        }

        var z = InlineValues.TryEncode(new Literal("2020-01-01Z", Xsd.Date))!.Value;
        var local = InlineValues.TryEncode(new Literal("2020-01-01", Xsd.Date))!.Value;
        Assert.Null(TermId.CompareInlineValues(z, local));
        var s1 = InlineValues.TryEncode(new Literal("ab"))!.Value;
        var s2 = InlineValues.TryEncode(new Literal("abc"))!.Value;
        var s3 = InlineValues.TryEncode(new Literal("b"))!.Value;
        Assert.True(TermId.CompareInlineValues(s1, s2) < 0 && TermId.CompareInlineValues(s2, s3) < 0);
    }
}
