using KnowledgeGraph.Rdf;
using KnowledgeGraph.Domain.Framing;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Domain.Vocabulary;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Writes a description in an RDF format: Turtle, N-Triples and RDF/XML get the triples; TriG and N-Quads the quads in
/// their provenance graphs plus those graphs' own provenance; JSON-LD the triples compacted with the ontology context.
/// </summary>
public sealed class DescriptionWriter(InstanceIris iris, OntologyContext context)
{
    private static readonly (string Prefix, string Folder)[] InstanceFolders =
    [
        ("actor", "actor/"), ("place", "place/"), ("ev", "event/"), ("claim", "claim/"), ("doc", "doc/"), ("qty", "quantity/"),
        ("mat", "materiel/"), ("tm", "time/"), ("asmt", "assessment/"), ("g", "graph/"), ("run", "run/"),
    ];

    public void Write(EntityDescription description, RdfFormat format, TextWriter output)
    {
        var prefixes = KgPrefixes.Copy();
        foreach (var (prefix, folder) in InstanceFolders)
        {
            prefixes[prefix] = iris.Base + folder;
        }

        var options = new RdfWriterOptions { Prefixes = prefixes };
        using var writer = format == RdfFormat.JsonLd
            ? new JsonLdWriter(output, options, context: context.Context)
            : RdfWriters.Create(format, output, options);
        foreach (var quad in format.SupportsNamedGraphs && format != RdfFormat.JsonLd ? description.WithProvenance() : description.Triples())
        {
            writer.Write(quad);
        }

        writer.Finish();
    }

    /// <summary>The entity as one JSON-LD tree: its facts, and the claims about it with their sources (<see cref="EntityFrame"/>).</summary>
    public static void WriteFramed(EntityDescription description, TextWriter output) =>
        output.Write(EntityFrame.ToJsonLd(description.Triples(), description.Entity));
}
