using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Cli.IO;

/// <summary>
/// Where a command writes its result: standard output (<c>-</c> or no path) or a file that appears only
/// when the command succeeds. The file is written to a temporary file beside it (same directory, so the
/// final rename is atomic) and moved into place by <see cref="Commit"/>; disposing without committing
/// deletes the temporary file, so a failed run leaves nothing half-written and keeps any older file.
/// Paths ending in <c>.gz</c> are gzipped.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private bool _committed;

    private OutputFile(TextWriter writer, string? finalPath, string? tempPath)
    {
        Writer = writer;
        _finalPath = finalPath;
        _tempPath = tempPath;
    }

    /// <summary>The text writer to write the result to (UTF-8, no byte-order mark).</summary>
    public TextWriter Writer { get; }

    /// <summary>True when writing to standard output.</summary>
    public bool IsStandardOutput => _finalPath is null;

    /// <summary>The path as it will be shown in messages: the file name, or "standard output".</summary>
    public string DisplayName => _finalPath ?? "standard output";

    public static OutputFile Open(string? path, CliConsole console)
    {
        if (path is null || StandardStreams.IsDash(path))
        {
            return new OutputFile(new NonClosingTextWriter(console.Out), null, null);
        }

        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"the directory of output file '{path}' does not exist");
        }

        if (Directory.Exists(fullPath))
        {
            throw new UsageException($"output '{path}' is a directory, not a file");
        }

        var tempPath = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        Stream stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        if (StandardStreams.IsGzip(path))
        {
            stream = new GZipStream(stream, CompressionLevel.Fastest);
        }

        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize);
        return new OutputFile(writer, fullPath, tempPath);
    }

    /// <summary>Flushes everything and, for a file, moves it into place (replacing an older one).</summary>
    public void Commit()
    {
        if (_committed)
        {
            return;
        }

        if (_tempPath is null)
        {
            Writer.Flush();
        }
        else
        {
            Writer.Dispose(); // closes the gzip stream too, which writes its trailer
            File.Move(_tempPath, _finalPath!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        if (_tempPath is null)
        {
            Writer.Flush();
            return;
        }

        try
        {
            Writer.Dispose();
        }
        finally
        {
            File.Delete(_tempPath);
        }
    }
}
