namespace KnowledgeGraph.GraphQLBench;

/// <summary>One benchmark operation: qN.graphql and the hand-written SPARQL qN.rq that asks for the same answer.</summary>
public sealed record Operation(string Name, string GraphQL, string Sparql)
{
    /// <summary>Every qN.graphql in <paramref name="directory"/> that has a qN.rq beside it, by name.</summary>
    public static IReadOnlyList<Operation> Load(string directory) =>
        Directory.GetFiles(directory, "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => (path, rq: Path.ChangeExtension(path, ".rq")))
            .Where(p => File.Exists(p.rq))
            .Select(p => new Operation(Path.GetFileNameWithoutExtension(p.path), File.ReadAllText(p.path), File.ReadAllText(p.rq)))
            .ToList();
}
