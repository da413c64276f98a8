using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Remote.Loading;

/// <summary>
/// The resumable state of a chunked remote load, saved (write to a temporary file, then rename: never half-written)
/// after every chunk the remote acknowledged: the load's id (it names the skolem IRIs, so a resumed load mints the
/// same ones), the chunk size, and per file its size and modification time (a changed file cannot be resumed), the
/// statements already sent and the chunks sent.
/// </summary>
public sealed class LoadCheckpoint
{
    public int FormatVersion { get; set; } = 1;

    public string LoadId { get; set; } = Guid.NewGuid().ToString("N");

    public int ChunkSize { get; set; }

    public string? TargetGraph { get; set; }

    public List<FileProgress> Files { get; set; } = [];

    public static LoadCheckpoint? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CheckpointJson.Default.LoadCheckpoint)
                ?? throw new InvalidDataException($"{path}: the checkpoint file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a load checkpoint ({e.Message}); delete it to start the load afresh.", e);
        }
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, CheckpointJson.Default.LoadCheckpoint));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>How far one input file got.</summary>
public sealed class FileProgress
{
    public string Path { get; set; } = string.Empty;

    public long Size { get; set; }

    public DateTime LastWriteUtc { get; set; }

    /// <summary>Statements (quads) of the file the remote has acknowledged, counted in reading order.</summary>
    public long StatementsDone { get; set; }

    public long ChunksDone { get; set; }

    public bool Complete { get; set; }
}

[JsonSerializable(typeof(LoadCheckpoint))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class CheckpointJson : JsonSerializerContext;
