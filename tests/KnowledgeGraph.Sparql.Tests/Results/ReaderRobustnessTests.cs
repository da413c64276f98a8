using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>
/// Damaged documents (random cuts, deletions, insertions and swaps in valid output) either read or fail
/// with <see cref="SparqlResultsParseException"/>: never another exception, which would reach a user as a crash.
/// </summary>
public sealed class ReaderRobustnessTests
{
    private static readonly string[] Insertions = ["\"", "'", "<", ">", "\\", "\\u", "\t", "\n", "\r", ",", "{", "}", "[", "]", ":", "_:", "@", "^^", "&", "&#0;", "<!--", "?", "\uD800", "xml:lang=\"\"", "\"\"", "e", "."];

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    [InlineData("tsv")]
    [InlineData("csv")]
    public void DamagedInputFailsOnlyWithParseErrors(string formatName)
    {
        var format = SparqlResultsFormat.Find(formatName)!;
        var random = new Random(formatName.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var results = new RandomResults(7, xmlSafe: true);
        for (var doc = 0; doc < 200; doc++)
        {
            var text = ResultsText.Write(format, results.Next());
            for (var mutation = 0; mutation < 25; mutation++)
            {
                var damaged = Damage(text, random);
                try
                {
                    ResultsText.Read(format, damaged);
                }
                catch (SparqlResultsParseException)
                {
                    // The expected way to fail.
                }
                catch (Exception e)
                {
                    Assert.Fail($"{format}: {e.GetType().Name}: {e.Message}\n--- input\n{damaged}");
                }
            }
        }
    }

    private static string Damage(string text, Random random)
    {
        if (text.Length == 0)
        {
            return Insertions[random.Next(Insertions.Length)];
        }

        var at = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text[..at],
            1 => text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6))),
            2 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
            _ => Swap(text, at, random.Next(text.Length)),
        };
    }

    private static string Swap(string text, int a, int b)
    {
        var chars = text.ToCharArray();
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }
}
