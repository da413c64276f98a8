namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// One entry of the SPARQL 1.1 result-format manifests (<c>csv-tsv-res</c>, <c>json-res</c>): a query over a
/// data file whose answer, in the format of <see cref="ResultPath"/>, must equal that file.
/// </summary>
public sealed record SparqlResultFormatEntry(string Suite, string Name, string TypeName, string QueryPath, string DataPath, string ResultPath)
{
    public string Id => Suite + "#" + Name;
}
