using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// The optional version triple <c>&lt;urn:x-kg:dataset&gt; &lt;urn:x-kg:version&gt; "token"</c> in a configured named
/// graph: every write we send replaces the token with a fresh one, and servers sharing the remote store poll it, so a
/// write through any of them invalidates the caches of all. Other writers can take part by replacing it too.
/// </summary>
public sealed class VersionTriple(string graph)
{
    public const string Subject = "urn:x-kg:dataset";
    public const string Predicate = "urn:x-kg:version";

    public string Graph { get; } = graph;

    /// <summary>An update that replaces the token (a fresh GUID, so no read is needed first).</summary>
    public string BumpUpdate() =>
        $"DELETE WHERE {{ GRAPH <{Graph}> {{ <{Subject}> <{Predicate}> ?v }} }} ;\n"
        + $"INSERT DATA {{ GRAPH <{Graph}> {{ <{Subject}> <{Predicate}> \"{Guid.NewGuid():N}\" }} }}";

    public string ReadQuery() => $"SELECT ?v WHERE {{ GRAPH <{Graph}> {{ <{Subject}> <{Predicate}> ?v }} }}";

    /// <summary>The current token, or null when there is none yet.</summary>
    public string? Read(RemoteSparqlClient client, TimeSpan timeout)
    {
        var result = client.QueryAsync(ReadQuery(), givesGraph: false, null, timeout).GetAwaiter().GetResult();
        return result is SolutionSequence rows && rows.Rows.FirstOrDefault() is { } row && row[0] is KnowledgeGraph.Rdf.Model.Literal l ? l.LexicalForm : null;
    }
}
