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
        var readable = string.Join(", ", RdfFormat.All.Where(RdfReaders.CanRead).Select(f => f.Name));
        var writable = string.Join(", ", RdfWriters.Supported.Select(f => f.Name));
        var input = new Argument<string>("INPUT")
        {
            Description = "The RDF file to read; '-' for standard input. A .gz file is decompressed.",
        };
        var from = new Option<string?>("--from", "-f")
        {
            Description = $"Input format ({readable}, or a media type); guessed from INPUT's extension when absent.",
            HelpName = "FORMAT",
        };
        var to = new Option<string?>("--to", "-t")
        {
            Description = $"Output format ({writable}, or a media type); guessed from OUTPUT's extension when absent, else N-Triples (N-Quads for a quad input).",
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
        var prefix = new Option<string[]>("--prefix", "-p")
        {
            Description = "A prefix for Turtle/TriG output, as NAME=IRI (repeatable); added to those the input declares.",
            HelpName = "NAME=IRI",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var streaming = new Option<bool>("--streaming")
        {
            Description = "Write Turtle/TriG as it comes, in constant memory, instead of pretty-printed (which holds the whole graph in memory).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write ('-' or absent: standard output); it only appears if the whole conversion succeeds. A .gz name is gzipped.",
            HelpName = "OUTPUT",
        };

        var command = new Command("convert", "Convert RDF between formats, streaming.")
        {
            input, from, to, baseIri, lenient, prefix, streaming, output,
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

            var request = new ConvertRequest(
                inputPath,
                fromFormat,
                outputPath,
                toFormat,
                explicitBase,
                parseResult.GetValue(lenient),
                ParsePrefixes(parseResult.GetValue(prefix) ?? []),
                parseResult.GetValue(streaming));
            var result = RdfConverter.Convert(request, console);
            ReportSkipped(result, console);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Parses <c>--prefix NAME=IRI</c> values; the name may be empty (the default prefix <c>:</c>).</summary>
    private static Dictionary<string, string> ParsePrefixes(string[] values)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new UsageException($"--prefix '{value}' should be NAME=IRI, e.g. ex=http://example.org/");
            }

            var name = value[..equals];
            var iri = value[(equals + 1)..];
            if (!IsPrefixName(name))
            {
                throw new UsageException($"--prefix '{value}': '{name}' is not a Turtle prefix name (a letter, then letters, digits, '_', '-' or '.', not ending in '.')");
            }

            if (IriSyntax.ValidateAbsolute(iri) is { } problem)
            {
                throw new UsageException($"--prefix '{value}': '{iri}' is not an absolute IRI: {problem}");
            }

            prefixes[name] = iri;
        }

        return prefixes;
    }

    /// <summary>Turtle's PN_PREFIX, restricted to ASCII (enough for a command line; the writer checks the rest).</summary>
    private static bool IsPrefixName(string name) =>
        name.Length == 0
        || (char.IsAsciiLetter(name[0])
            && name[^1] != '.'
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'));

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
