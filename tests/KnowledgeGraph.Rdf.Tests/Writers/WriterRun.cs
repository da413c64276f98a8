using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.Writers;

/// <summary>Runs a writer over some quads and returns what it wrote.</summary>
internal static class WriterRun
{
    public static string Write(Func<TextWriter, IQuadWriter> create, params Quad[] quads)
    {
        using var text = new StringWriter();
        using (var writer = create(text))
        {
            foreach (var quad in quads)
            {
                writer.Write(quad);
            }

            writer.Finish();
        }

        return text.ToString();
    }

    public static Iri Ex(string local) => new("http://example.org/" + local);

    public static BlankNode B(string label) => new(label);

    public static Literal L(string lexical) => new(lexical);

    public static Literal Typed(string lexical, Iri datatype) => new(lexical, datatype);
}
