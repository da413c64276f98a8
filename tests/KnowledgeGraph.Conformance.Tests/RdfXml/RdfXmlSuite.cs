namespace KnowledgeGraph.Conformance.Tests.RdfXml;

/// <summary>The W3C RDF 1.1 rdf-xml suite: its name under <c>rdf/rdf11/</c> and the RDF/XML reader's own skip list.</summary>
public static class RdfXmlSuite
{
    public const string Name = "rdf-xml";

    /// <summary>Where the skip list is copied beside the test assembly.</summary>
    public static string SkipListPath => Path.Combine(AppContext.BaseDirectory, "RdfXml", SkipList.FileName);

    public static SkipList LoadSkipList() => SkipList.Parse(File.ReadAllLines(SkipListPath), "RdfXml/" + SkipList.FileName);

    public static TheoryData<string> Ids => W3CSuites.Ids(Name);
}
