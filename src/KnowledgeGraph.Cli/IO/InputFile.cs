using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Cli.IO;

/// <summary>Opens command inputs: a file (gunzipped when it ends in <c>.gz</c>) or <c>-</c> for standard input.</summary>
public static class InputFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// Opens <paramref name="path"/> as UTF-8 text (a byte-order mark is skipped).
    /// </summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static TextReader OpenText(string path, CliConsole console)
    {
        if (StandardStreams.IsDash(path))
        {
            return console.In;
        }

        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"input '{path}' is a directory, not a file" : $"input file '{path}' does not exist");
        }

        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        if (StandardStreams.IsGzip(path))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, BufferSize);
    }

    /// <summary>The <c>file://</c> IRI of a file, the natural base IRI for its relative IRIs. Null for standard input.</summary>
    public static string? FileIri(string path) =>
        StandardStreams.IsDash(path) ? null : new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The size of the file in bytes (compressed size for <c>.gz</c>), or null for standard input.</summary>
    public static long? Length(string path) =>
        StandardStreams.IsDash(path) ? null : new FileInfo(path).Length;
}
