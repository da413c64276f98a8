using System.CommandLine;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Domain.Export;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Maintenance;
using KnowledgeGraph.Domain.Vocabulary;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary>
/// <c>kg export --store DIR [--graph IRI] [--merge-graphs] --to nquads|trig|turtle|ntriples|jsonld|rdfxml|rdf12-trig [-o FILE]</c>.
/// JSON-LD is compacted with our ontology context, referenced by its IRI (the loader knows it, so it reads back offline).
/// Formats without named graphs (Turtle, N-Triples, RDF/XML) refuse a store that has some unless one graph is chosen
/// with <c>--graph</c> or <c>--merge-graphs</c> is given, which writes every graph's triples as one graph and says so.
/// <c>rdf12-trig</c> writes TriG 1.2 with each claim frame as an <c>rdf:reifies</c> triple term.
/// </summary>
public static class ExportCommand
{
    /// <summary>The <c>--to</c> value of the RDF 1.2 TriG export with claims as reifiers.</summary>
    public const string Rdf12TriG = "rdf12-trig";

    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var graph = StoreOptions.Graph("Export only this named graph, as triples (default: every graph).");
        var to = new Option<string>("--to", "-t")
        {
            Description = $"Output format: nquads, trig, turtle, ntriples, jsonld, rdfxml, or {Rdf12TriG} (claims as RDF 1.2 reifiers).",
            HelpName = "FORMAT",
            Required = true,
        };
        var merge = new Option<bool>("--merge-graphs")
        {
            Description = "For formats without named graphs (turtle, ntriples, rdfxml): write the triples of every graph as one graph (graph names are lost).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write ('-' or absent: standard output; .gz is gzipped). It appears only if the export succeeds.", HelpName = "FILE" };
        var command = new Command("export", "Write a store's quads (from one consistent snapshot) in an RDF format.")
        {
            store, graph, merge, to, output,
        };
        command.SetAction(parseResult =>
        {
            var toValue = parseResult.GetRequiredValue(to);
            var rdf12 = string.Equals(toValue, Rdf12TriG, StringComparison.OrdinalIgnoreCase);
            var format = rdf12 ? RdfFormat.TriG : FormatChoice.Parse(toValue, "--to");
            var graphIri = StoreOptions.ParseGraph(parseResult.GetValue(graph));
            var mergeGraphs = parseResult.GetValue(merge);
            if (mergeGraphs && (graphIri is not null || format.SupportsNamedGraphs))
            {
                throw new UsageException(graphIri is not null
                    ? "--merge-graphs and --graph exclude each other: one graph is already a single graph"
                    : $"--merge-graphs is for formats without named graphs; {(rdf12 ? Rdf12TriG : format.DisplayName)} keeps them");
            }

            using var quadStore = StoreOptions.OpenExisting(parseResult.GetRequiredValue(store));
            using var snapshot = quadStore.OpenSnapshot();
            var namedGraphs = snapshot.Statistics.PerGraph.Keys.Count(g => !g.IsDefaultGraph);
            if (graphIri is null && !format.SupportsNamedGraphs && namedGraphs > 0 && !mergeGraphs)
            {
                throw new CommandFailedException(
                    $"the store has {namedGraphs} named graph(s), which {format.DisplayName} cannot hold; export with --to nquads, trig or jsonld, choose one graph with --graph IRI, or write every graph's triples as one with --merge-graphs");
            }

            using var file = OutputFile.Open(parseResult.GetValue(output), console);
            if (rdf12)
            {
                Rdf12TriGExport.Write(All(snapshot, graphIri), file.Writer, new RdfWriterOptions { Prefixes = OntologyPrefixes });
            }
            else
            {
                using var writer = format == RdfFormat.JsonLd
                    ? new JsonLdWriter(file.Writer, context: BuiltInContexts.OntologyContextIri)
                    : RdfWriters.Create(format, file.Writer, format == RdfFormat.NQuads || format == RdfFormat.NTriples ? null : new RdfWriterOptions { Prefixes = OntologyPrefixes });
                if (mergeGraphs)
                {
                    var count = StoreExporter.Export(snapshot, new IntoDefaultGraph(writer));
                    console.Error.WriteLine($"kg export: merged the triples of {namedGraphs} named graph(s) and the default graph into one {format.DisplayName} graph ({count} statements; graph names are not kept)");
                }
                else
                {
                    StoreExporter.Export(snapshot, writer, graphIri);
                }
            }

            file.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prefixes for the formats that abbreviate (Turtle, TriG, RDF/XML): our namespaces and the common ones.</summary>
    private static readonly IReadOnlyDictionary<string, string> OntologyPrefixes = KgPrefixes.Common;

    /// <summary>The snapshot's quads (one graph's, as triples, when <paramref name="graph"/> is given), in memory: reification needs them all.</summary>
    private static IEnumerable<Quad> All(IStoreSnapshot snapshot, Iri? graph)
    {
        var collected = new List<Quad>();
        StoreExporter.Export(snapshot, new Collector(collected), graph);
        return collected;
    }

    /// <summary>Gathers quads for the export that needs the whole dataset at once (reification).</summary>
    private sealed class Collector(List<Quad> quads) : IQuadWriter
    {
        public void Write(in Quad quad) => quads.Add(quad);

        public void Finish()
        {
        }

        public void Dispose()
        {
        }
    }

    /// <summary>Streams every quad on as a triple of the default graph (<c>--merge-graphs</c>).</summary>
    private sealed class IntoDefaultGraph(IQuadWriter inner) : IQuadWriter
    {
        public void Write(in Quad quad) => inner.Write(new Quad(quad.Subject, quad.Predicate, quad.Obj));

        public void Finish() => inner.Finish();

        public void Dispose()
        {
        }
    }
}
