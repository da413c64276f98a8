using System.CommandLine;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Lmdb;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary>Options and helpers the store commands share.</summary>
internal static class StoreOptions
{
    public static Option<string> Store(bool required = true) => new("--store", "-s")
    {
        Description = "The store directory (an LMDB environment).",
        HelpName = "DIR",
        Required = required,
    };

    public static Option<string?> Graph(string description) => new("--graph", "-g")
    {
        Description = description,
        HelpName = "IRI",
    };

    /// <summary>Opens an existing store; a missing one is a usage error rather than a silently created empty store.</summary>
    public static LmdbQuadStore OpenExisting(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "data.mdb")))
        {
            throw new UsageException($"'{directory}' is not a store (no data.mdb); create one with 'kg load --store {directory} FILE'");
        }

        return LmdbQuadStore.Open(directory);
    }

    public static Iri? ParseGraph(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return IriSyntax.ValidateAbsolute(text) is { } problem
            ? throw new UsageException($"--graph '{text}' is not an absolute IRI: {problem}")
            : new Iri(text);
    }
}
