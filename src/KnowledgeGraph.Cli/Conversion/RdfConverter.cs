using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>
/// Streams quads from a reader to a writer: memory stays constant whatever the input size (bar what a
/// pretty-printing writer chooses to hold). The writer is created at the first quad, so that the
/// prefixes a Turtle or TriG input declares before its first statement reach a Turtle or TriG output.
/// </summary>
public static class RdfConverter
{
    public static ConvertResult Convert(ConvertRequest request, CliConsole console)
    {
        var readerOptions = new RdfReaderOptions
        {
            BaseIri = request.BaseIri ?? InputFile.FileIri(request.InputPath),
            SourceName = StandardStreams.IsDash(request.InputPath) ? "<stdin>" : request.InputPath,
            Lenient = request.Lenient,
        };

        using var input = InputFile.OpenText(request.InputPath, console);
        using var output = OutputFile.Open(request.OutputPath, console);
        using var reader = CreateReader(request.From, input, readerOptions);
        IQuadWriter? writer = null;
        try
        {
            long written = 0;
            foreach (var quad in reader.ReadQuads())
            {
                // Quads to a triple format are fine as long as every one is in the default graph.
                if (!quad.InDefaultGraph && !request.To.SupportsNamedGraphs)
                {
                    throw new CommandFailedException(NamedGraphMessage(request, quad));
                }

                writer ??= CreateWriter(request.To, output, reader);
                writer.Write(quad);
                written++;
            }

            writer ??= CreateWriter(request.To, output, reader);
            writer.Finish();
            writer.Dispose();
            writer = null;
            output.Commit();
            return new ConvertResult(written, reader.SkippedStatements, reader.Errors);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private static IQuadReader CreateReader(RdfFormat format, TextReader input, RdfReaderOptions options)
    {
        if (!RdfReaders.CanRead(format))
        {
            throw new UsageException($"reading {format.DisplayName} is not supported yet");
        }

        return RdfReaders.Create(format, input, options);
    }

    private static IQuadWriter CreateWriter(RdfFormat format, OutputFile output, IQuadReader reader)
    {
        var options = new RdfWriterOptions
        {
            // A copy: the reader's dictionary keeps changing as it reads on.
            Prefixes = new Dictionary<string, string>(reader.Prefixes),
        };
        try
        {
            return RdfWriters.Create(format, output.Writer, options);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException($"cannot write {format.DisplayName} yet ({e.Message})");
        }
    }

    private static string NamedGraphMessage(ConvertRequest request, Quad quad) =>
        $"'{request.InputPath}' has quads in named graph {quad.Graph}, which {request.To.DisplayName} cannot hold; "
        + $"convert to {RdfFormat.NQuads.Name} or {RdfFormat.TriG.Name} instead";
}
