using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Rdf.Tests.Datatypes;

internal static class XsdTestHelpers
{
    /// <summary>Resolves a local name such as "gYear" through the registry, so the tests also exercise IRI lookup.</summary>
    public static XsdDatatype Type(string localName)
    {
        Assert.True(XsdDatatypes.TryGet(XsdDatatypes.Namespace + localName, out var datatype), $"xsd:{localName} is not in the registry");
        return datatype;
    }

    public static XsdValue Value(string lexical, string localName) => XsdValue.Parse(lexical, Type(localName));
}
