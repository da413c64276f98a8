using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>Reading values out of result rows.</summary>
public static class RowValues
{
    public static Iri? IriOf(this SolutionRow row, string name) => row[name] as Iri;

    public static string? TextOf(this SolutionRow row, string name) => row[name] switch
    {
        Literal l => l.LexicalForm,
        Iri i => i.Value,
        _ => null,
    };
}
