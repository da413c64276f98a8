using System.CommandLine;
using KnowledgeGraph.Domain.Shacl;
using KnowledgeGraph.Cli.Validation;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg validate --shapes FILE DATA... [--format text|turtle]</c>: SHACL Core validation of the merge of
/// the DATA files (all their graphs) against the shapes. Exit 0 when the data conforms, 1 when there are
/// results (or a file does not parse), 2 on usage errors (missing file, unknown format).
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var shapes = new Option<string>("--shapes", "-s")
        {
            Description = "The SHACL shapes graph (Turtle, TriG, N-Triples, ...).",
            HelpName = "FILE",
            Required = true,
        };
        var data = new Argument<string[]>("DATA")
        {
            Description = "Data files, merged into one data graph (named graphs included). Include the ontology so sh:class sees rdfs:subClassOf.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (one line per result) or turtle (an sh:ValidationReport).",
            HelpName = "text|turtle",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "turtle");

        var command = new Command("validate", "Validate RDF data against SHACL Core shapes; exit 1 when it does not conform.")
        {
            shapes, data, format,
        };
        command.SetAction(parseResult =>
        {
            var shapesPath = parseResult.GetRequiredValue(shapes);
            var dataPaths = parseResult.GetRequiredValue(data);
            var report = ShaclFiles.Validate(shapesPath, dataPaths, out var prefixes);

            if (parseResult.GetValue(format) == "turtle")
            {
                prefixes.TryAdd("sh", Sh.Namespace);
                using var writer = RdfWriters.Create(RdfFormat.Turtle, console.Out, new RdfWriterOptions { Prefixes = prefixes });
                foreach (var quad in report.ToQuads())
                {
                    writer.Write(quad);
                }

                writer.Finish();
            }
            else
            {
                console.Out.Write(report.ToText(prefixes));
            }

            return report.Conforms ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
