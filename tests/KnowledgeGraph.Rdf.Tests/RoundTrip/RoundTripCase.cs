using System.Globalization;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.RoundTrip;

/// <summary>One writer configuration under test: the format, the layout, and whether it holds named graphs.</summary>
public sealed record RoundTripWriter(string Name, RdfFormat Format, TurtleWriterOptions Layout)
{
    public bool NamedGraphs => Format.SupportsNamedGraphs;

    public override string ToString() => Name;
}

/// <summary>Writes a generated dataset, reads it back with our own reader and compares up to blank-node renaming.</summary>
internal static class RoundTripCase
{
    /// <summary>Null when the seed round-trips; otherwise how to reproduce it and what differed.</summary>
    public static string? Run(RoundTripWriter writer, int seed)
    {
        var original = RandomDatasetGenerator.Generate(seed, writer.NamedGraphs);
        var options = RandomDatasetGenerator.Options(seed);
        string text;
        try
        {
            text = WriteAll(writer, options, original);
        }
        catch (Exception e)
        {
            return Failure(writer, seed, original, null, "writing failed: " + e);
        }

        List<Quad> readBack;
        try
        {
            using var reader = RdfReaders.Create(writer.Format, new StringReader(text));
            readBack = [.. reader.ReadQuads()];
        }
        catch (Exception e)
        {
            return Failure(writer, seed, original, text, "reading back failed: " + e.Message);
        }

        var difference = GraphIsomorphism.Explain(original, readBack);
        return difference is null ? null : Failure(writer, seed, original, text, difference);
    }

    public static string WriteAll(RoundTripWriter writer, RdfWriterOptions options, IEnumerable<Quad> quads)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = RdfWriters.Create(writer.Format, output, options, writer.Layout))
        {
            foreach (var quad in quads)
            {
                w.Write(quad);
            }

            w.Finish();
        }

        return output.ToString();
    }

    private static string Failure(RoundTripWriter writer, int seed, List<Quad> original, string? text, string what)
    {
        const int MaxShown = 4000;
        var shown = text is null ? "(none)" : text.Length <= MaxShown ? text : text[..MaxShown] + $"\n... ({text.Length} characters in all)";
        var quads = RandomDatasetGenerator.Describe(original);
        if (quads.Length > MaxShown)
        {
            quads = quads[..MaxShown] + "\n...";
        }

        return $"""
            {writer.Name}, seed {seed}: {what}
            Reproduce: KG_ROUNDTRIP_SEED={seed} dotnet test tests/KnowledgeGraph.Rdf.Tests --filter "FullyQualifiedName~RoundTrip"
            --- original quads (N-Quads) ---
            {quads}
            --- written ---
            {shown}
            """;
    }
}
