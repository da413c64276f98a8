using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store.Loading;

/// <summary>One input of a load: a name for messages, its format, a base IRI, and how to open it as a byte stream.</summary>
public sealed record LoadSource(string Name, RdfFormat Format, Func<Stream> Open, long? Length = null, string? BaseIri = null)
{
    /// <summary>Set for an input that is already text (standard input in tests); then <see cref="Open"/> is not used.</summary>
    public Func<TextReader>? OpenTextReader { get; init; }

    /// <summary>An input that is already text, such as standard input.</summary>
    public static LoadSource FromText(string name, RdfFormat format, Func<TextReader> open) =>
        new(name, format, () => Stream.Null) { OpenTextReader = open };

    /// <summary>A file; a <c>.gz</c> file is gunzipped. The format is guessed from the name when not given.</summary>
    public static LoadSource FromFile(string path, RdfFormat? format = null)
    {
        var chosen = format ?? RdfFormat.FromFileName(path)
            ?? throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its name; give the format.", nameof(path));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Input file '{path}' does not exist.", path);
        }

        return new LoadSource(path, chosen, () => OpenFile(path), new FileInfo(path).Length, new Uri(Path.GetFullPath(path)).AbsoluteUri);
    }

    /// <summary>The text of the source: UTF-8, a byte-order mark skipped.</summary>
    internal static TextReader OpenText(Stream stream) =>
        new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);

    private static Stream OpenFile(string path)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
