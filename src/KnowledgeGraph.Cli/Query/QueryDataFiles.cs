using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// Reads the <c>--data</c> files of <c>kg query</c> (format from each file's extension, <c>.gz</c> looked
/// through; triples go to the default graph, N-Quads and TriG keep their graphs), like Jena's <c>arq --data</c>.
/// Each reader gives its blank nodes fresh labels, so two files' <c>_:b0</c> stay two nodes.
/// </summary>
public static class QueryDataFiles
{
    /// <summary>Streams the quads of every file in turn; a syntax error surfaces as <see cref="RdfParseException"/>.</summary>
    public static IEnumerable<Quad> Read(IReadOnlyList<string> paths, CliConsole console)
    {
        // Check every file before reading any, so a typo in the last one fails fast.
        var formats = paths.Select(p => (Path: p, Format: FormatChoice.ForInput(null, p))).ToList();
        foreach (var (path, format) in formats)
        {
            if (!RdfReaders.CanRead(format))
            {
                throw new UsageException($"--data '{path}': reading {format.DisplayName} is not supported yet");
            }

            if (!StandardStreams.IsDash(path) && !File.Exists(path))
            {
                throw new UsageException($"--data file '{path}' does not exist");
            }
        }

        return ReadAll(formats, console);
    }

    private static IEnumerable<Quad> ReadAll(List<(string Path, RdfFormat Format)> files, CliConsole console)
    {
        foreach (var (path, format) in files)
        {
            var options = new RdfReaderOptions { BaseIri = InputFile.FileIri(path), SourceName = path };
            using var text = InputFile.OpenText(path, console);
            using var reader = RdfReaders.Create(format, text, options);
            foreach (var quad in reader.ReadQuads())
            {
                yield return quad;
            }
        }
    }
}
