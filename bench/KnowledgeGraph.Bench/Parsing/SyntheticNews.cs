using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// A deterministic news-like graph (articles with titles, dates, authors, tags, word counts) written
/// as N-Triples and as Turtle with prefixes and predicate lists, in memory: the benchmarks measure the
/// parser and UTF-8 decoding, not the disk. Shaped like /work/shared/peers/gen-news.py output.
/// </summary>
public static class SyntheticNews
{
    private const string Ex = "http://example.org/news/";
    private const string Schema = "http://schema.org/";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Triples per article in both spellings.</summary>
    public const int TriplesPerArticle = 8;

    public static string NTriples(int articles)
    {
        var sb = new StringBuilder(articles * TriplesPerArticle * 110);
        for (var i = 0; i < articles; i++)
        {
            var a = $"<{Ex}article/{i}>";
            sb.Append(CultureInfo.InvariantCulture, $"{a} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{Schema}NewsArticle> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}headline> \"{Headline(i)}\"@en .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}datePublished> \"{Date(i)}\"^^<{Xsd}date> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}author> <{Ex}person/{i % 997}> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}keywords> <{Ex}tag/{i % 211}> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}keywords> <{Ex}tag/{(i * 7) % 211}> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}wordCount> \"{300 + (i % 1700)}\"^^<{Xsd}integer> .\n");
            sb.Append(CultureInfo.InvariantCulture, $"{a} <{Schema}text> \"{Body(i)}\" .\n");
        }

        return sb.ToString();
    }

    public static string Turtle(int articles)
    {
        var sb = new StringBuilder(articles * TriplesPerArticle * 60);
        sb.Append(CultureInfo.InvariantCulture, $"@prefix ex: <{Ex}> .\n@prefix schema: <{Schema}> .\n@prefix xsd: <{Xsd}> .\n\n");
        for (var i = 0; i < articles; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<{Ex}article/{i}> a schema:NewsArticle ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:headline \"{Headline(i)}\"@en ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:datePublished \"{Date(i)}\"^^xsd:date ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:author <{Ex}person/{i % 997}> ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:keywords <{Ex}tag/{i % 211}>, <{Ex}tag/{(i * 7) % 211}> ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:wordCount {300 + (i % 1700)} ;\n");
            sb.Append(CultureInfo.InvariantCulture, $"    schema:text \"{Body(i)}\" .\n");
        }

        return sb.ToString();
    }

    private static string Headline(int i) => $"Story {i}: markets move as café owners report \\\"record\\\" week";

    private static string Date(int i) => new DateOnly(2020, 1, 1).AddDays(i % 1800).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Body(int i) => $"Paragraph one of article {i}.\\nParagraph two, with a tab\\tand some more words to make the literal realistic.";
}
