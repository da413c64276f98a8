using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Conversion;

/// <summary>
/// Decides a command's input and output formats: from an explicit <c>--from</c>/<c>--to</c> value (a
/// short name, display name or media type) or else from the file name's extension.
/// </summary>
public static class FormatChoice
{
    private static string KnownNames => string.Join(", ", RdfFormat.All.Select(f => f.Name));

    /// <summary>Parses an explicit format value. Throws <see cref="UsageException"/> when it names no format.</summary>
    public static RdfFormat Parse(string value, string optionName) =>
        RdfFormat.Find(value)
        ?? throw new UsageException($"unknown format '{value}' for {optionName}; expected one of {KnownNames}, or a media type such as text/turtle");

    /// <summary>The input format: <paramref name="explicitFormat"/> if given, else guessed from the path.</summary>
    public static RdfFormat ForInput(string? explicitFormat, string path)
    {
        if (explicitFormat is not null)
        {
            return Parse(explicitFormat, "--from");
        }

        if (StandardStreams.IsDash(path))
        {
            throw new UsageException("the format of standard input cannot be guessed; give it with --from FORMAT");
        }

        return RdfFormat.FromFileName(path)
            ?? throw new UsageException($"cannot tell the format of '{path}' from its extension; give it with --from FORMAT ({KnownNames})");
    }

    /// <summary>
    /// The output format: <paramref name="explicitFormat"/> if given, else guessed from the output path;
    /// on standard output without <c>--to</c>, N-Quads for an input that can hold named graphs and N-Triples otherwise.
    /// </summary>
    public static RdfFormat ForOutput(string? explicitFormat, string? path, RdfFormat inputFormat)
    {
        if (explicitFormat is not null)
        {
            return Parse(explicitFormat, "--to");
        }

        if (path is null || StandardStreams.IsDash(path))
        {
            return inputFormat.SupportsNamedGraphs ? RdfFormat.NQuads : RdfFormat.NTriples;
        }

        return RdfFormat.FromFileName(path)
            ?? throw new UsageException($"cannot tell the format of output '{path}' from its extension; give it with --to FORMAT ({KnownNames})");
    }
}
