using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Loads <c>file:</c> IRIs under one root folder (format from the file extension), and refuses every other
/// IRI. For tests and for local command-line use; it never touches the network.
/// </summary>
public sealed class FileGraphLoader : IGraphLoader
{
    private readonly string _root;

    public FileGraphLoader(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootFolder);
        _root = Path.GetFullPath(rootFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    }

    public IEnumerable<Quad> Load(Iri source, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(source.Value, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            throw new GraphLoadException($"LOAD <{source.Value}>: only file: IRIs can be loaded here.");
        }

        var path = Path.GetFullPath(uri.LocalPath);
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new GraphLoadException($"LOAD <{source.Value}>: the file is outside the allowed folder {_root}.");
        }

        if (!File.Exists(path))
        {
            throw new GraphLoadException($"LOAD <{source.Value}>: no such file.");
        }

        var format = RdfFormat.FromFileName(path)
            ?? throw new GraphLoadException($"LOAD <{source.Value}>: the RDF format cannot be told from the file name.");
        var quads = new List<Quad>();
        using var text = File.OpenText(path);
        var reader = RdfReaders.Create(format, text, new RdfReaderOptions { BaseIri = source.Value, SourceName = path });
        foreach (var quad in reader.ReadQuads())
        {
            cancellation.ThrowIfCancellationRequested();
            quads.Add(quad);
        }

        return quads;
    }
}
