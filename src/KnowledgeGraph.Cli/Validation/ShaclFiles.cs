using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Domain.Shacl;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Validation;

/// <summary>SHACL validation of RDF files against a shapes file: shared by <c>kg validate</c> and <c>kg load --shapes</c>.</summary>
public static class ShaclFiles
{
    /// <summary>Checks that every file exists and has a known RDF format, as a usage error otherwise.</summary>
    public static void CheckReadable(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"no such file: {path}");
            }

            if (RdfFormat.FromFileName(path) is null)
            {
                throw new UsageException($"{path}: cannot tell the RDF format from the file name (expected .ttl, .trig, .nt, .nq, ...)");
            }
        }
    }

    /// <summary>
    /// Validates the data files (merged into one data graph, named graphs included) against the shapes file.
    /// <paramref name="prefixes"/> collects the prefixes both declare, for readable reports.
    /// </summary>
    public static ValidationReport Validate(string shapesPath, IReadOnlyList<string> dataPaths, out Dictionary<string, string> prefixes)
    {
        CheckReadable(dataPaths.Prepend(shapesPath));
        var shapesGraph = new Graph();
        prefixes = new Dictionary<string, string>(RdfFileLoader.LoadInto(shapesGraph, [shapesPath]), StringComparer.Ordinal);
        var dataGraph = new Graph();
        foreach (var (name, ns) in RdfFileLoader.LoadInto(dataGraph, dataPaths))
        {
            prefixes.TryAdd(name, ns);
        }

        try
        {
            return ShaclValidator.Validate(dataGraph, new ShapesGraph(shapesGraph));
        }
        catch (ShapesGraphException e)
        {
            throw new CommandFailedException($"{shapesPath}: {e.Message}");
        }
    }
}
