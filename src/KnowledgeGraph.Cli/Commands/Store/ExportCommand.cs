using System.CommandLine;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary><c>kg export --store DIR [--graph IRI] --to nquads|trig|turtle|ntriples [-o FILE]</c>.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store();
        var graph = StoreOptions.Graph("Export only this named graph, as triples (default: every graph).");
        var to = new Option<string>("--to", "-t") { Description = "Output format: nquads, trig, turtle or ntriples.", HelpName = "FORMAT", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write ('-' or absent: standard output; .gz is gzipped). It appears only if the export succeeds.", HelpName = "FILE" };
        var command = new Command("export", "Write a store's quads (from one consistent snapshot) in an RDF format.")
        {
            store, graph, to, output,
        };
        command.SetAction(parseResult =>
        {
            var format = FormatChoice.Parse(parseResult.GetRequiredValue(to), "--to");
            var graphIri = StoreOptions.ParseGraph(parseResult.GetValue(graph));
            using var quadStore = StoreOptions.OpenExisting(parseResult.GetRequiredValue(store));
            using var snapshot = quadStore.OpenSnapshot();
            if (graphIri is null && !format.SupportsNamedGraphs && snapshot.Statistics.PerGraph.Keys.Any(g => !g.IsDefaultGraph))
            {
                throw new CommandFailedException(
                    $"the store has named graphs, which {format.DisplayName} cannot hold; export with --to nquads or --to trig, or choose one graph with --graph");
            }

            using var file = OutputFile.Open(parseResult.GetValue(output), console);
            using (var writer = RdfWriters.Create(format, file.Writer))
            {
                StoreExporter.Export(snapshot, writer, graphIri);
            }

            file.Commit();
            return ExitCodes.Success;
        });
        return command;
    }
}
