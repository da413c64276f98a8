using System.CommandLine;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert INPUT [--from F] [--to F] [--base IRI] [--lenient] [-o OUTPUT]</c>.</summary>
public static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var formats = string.Join(", ", RdfFormat.All.Select(f => f.Name));
        var input = new Argument<string>("INPUT")
        {
            Description = "The RDF file to read; '-' for standard input. A .gz file is decompressed.",
        };
        var from = new Option<string?>("--from", "-f")
        {
            Description = $"Input format ({formats}, or a media type); guessed from INPUT's extension when absent.",
            HelpName = "FORMAT",
        };
        var to = new Option<string?>("--to", "-t")
        {
            Description = "Output format; guessed from OUTPUT's extension when absent, else N-Triples (N-Quads for a quad input).",
            HelpName = "FORMAT",
        };
        var baseIri = new Option<string?>("--base", "-b")
        {
            Description = "Base IRI for relative IRIs; default: INPUT's file:// IRI.",
            HelpName = "IRI",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Skip statements with errors (reported on standard error) instead of stopping at the first.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write ('-' or absent: standard output); it only appears if the whole conversion succeeds. A .gz name is gzipped.",
            HelpName = "OUTPUT",
        };

        var command = new Command("convert", "Convert RDF between formats, streaming.")
        {
            input, from, to, baseIri, lenient, output,
        };
        command.SetAction(parseResult =>
        {
            var inputPath = parseResult.GetRequiredValue(input);
            var outputPath = parseResult.GetValue(output);
            var fromFormat = FormatChoice.ForInput(parseResult.GetValue(from), inputPath);
            var toFormat = FormatChoice.ForOutput(parseResult.GetValue(to), outputPath, fromFormat);
            var explicitBase = parseResult.GetValue(baseIri);
            if (explicitBase is not null && IriSyntax.ValidateAbsolute(explicitBase) is { } problem)
            {
                throw new UsageException($"--base '{explicitBase}' is not an absolute IRI: {problem}");
            }

            var request = new ConvertRequest(inputPath, fromFormat, outputPath, toFormat, explicitBase, parseResult.GetValue(lenient));
            var result = RdfConverter.Convert(request, console);
            ReportSkipped(result, console);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>In lenient mode, what was skipped goes to standard error, so the output stays clean.</summary>
    private static void ReportSkipped(ConvertResult result, CliConsole console)
    {
        if (result.SkippedStatements == 0)
        {
            return;
        }

        foreach (var error in result.Errors)
        {
            console.Error.WriteLine(error.Message);
        }

        var shown = result.Errors.Count < result.SkippedStatements ? $" (the first {result.Errors.Count} shown)" : string.Empty;
        console.Error.WriteLine($"kg convert: skipped {result.SkippedStatements} statement(s) with errors{shown}; wrote {result.QuadsWritten} quad(s)");
    }
}
