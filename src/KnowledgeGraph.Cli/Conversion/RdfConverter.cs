using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>
/// Streams quads from a reader to a writer: memory stays constant whatever the input size, except that
/// pretty Turtle/TriG output holds the graph until the end (<see cref="ConvertRequest.StreamingLayout"/>
/// avoids it). The writer is created at the first quad, so that the prefixes a Turtle or TriG input
/// declares before its first statement reach a Turtle or TriG output.
/// </summary>
public static class RdfConverter
{
    public static ConvertResult Convert(ConvertRequest request, CliConsole console)
    {
        if (!RdfReaders.CanRead(request.From))
        {
            throw new UsageException($"reading {request.From.DisplayName} is not supported yet");
        }

        if (!RdfWriters.Supported.Contains(request.To))
        {
            throw new UsageException($"writing {request.To.DisplayName} is not supported yet");
        }

        var readerOptions = new RdfReaderOptions
        {
            BaseIri = request.BaseIri ?? InputFile.FileIri(request.InputPath),
            SourceName = StandardStreams.IsDash(request.InputPath) ? "<stdin>" : request.InputPath,
            Lenient = request.Lenient,
        };

        using var input = InputFile.OpenText(request.InputPath, console);
        using var output = OutputFile.Open(request.OutputPath, console);
        using var reader = RdfReaders.Create(request.From, input, readerOptions);

        // On failure the writer is deliberately not disposed: disposing completes the document, which
        // would pour a pretty writer's buffered graph onto standard output after the error.
        IQuadWriter? writer = null;
        long written = 0;
        foreach (var quad in reader.ReadQuads())
        {
            // Quads to a triple format are fine as long as every one is in the default graph.
            if (!quad.InDefaultGraph && !request.To.SupportsNamedGraphs)
            {
                throw new CommandFailedException(NamedGraphMessage(request, quad));
            }

            writer ??= CreateWriter(request, output, reader);
            writer.Write(quad);
            written++;
        }

        using (writer ??= CreateWriter(request, output, reader))
        {
            writer.Finish();
        }

        output.Commit();
        return new ConvertResult(written, reader.SkippedStatements, reader.Errors);
    }

    private static IQuadWriter CreateWriter(ConvertRequest request, OutputFile output, IQuadReader reader)
    {
        var format = request.To;
        // A copy: the reader's dictionary keeps changing as it reads on.
        var prefixes = new Dictionary<string, string>(reader.Prefixes);
        foreach (var (name, iri) in request.ExtraPrefixes ?? new Dictionary<string, string>())
        {
            prefixes[name] = iri;
        }

        var options = new RdfWriterOptions { Prefixes = prefixes };
        var layout = request.StreamingLayout ? TurtleWriterOptions.StreamingLayout : TurtleWriterOptions.Default;
        return RdfWriters.Create(format, output.Writer, options, layout);
    }

    private static string NamedGraphMessage(ConvertRequest request, Quad quad) =>
        $"'{request.InputPath}' has quads in named graph {quad.Graph}, which {request.To.DisplayName} cannot hold; "
        + $"convert to {RdfFormat.NQuads.Name} or {RdfFormat.TriG.Name} instead";
}
