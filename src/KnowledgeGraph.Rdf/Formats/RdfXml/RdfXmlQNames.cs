using System.Xml;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Splits an IRI into a namespace and an XML local name, as RDF/XML needs for every predicate (an element
/// name) and for a typed node element. The local name is the longest NCName that ends the IRI.
/// </summary>
internal static class RdfXmlQNames
{
    /// <summary>
    /// The index where the local name starts, or -1 when the IRI does not end in an NCName (for example
    /// <c>http://example.org/</c> or <c>urn:x:%41</c>), which no RDF/XML element can name.
    /// </summary>
    public static int LocalNameStart(string iri)
    {
        // Walk back over NCName characters, then forward to the first that may start a name. Characters
        // outside the BMP are left out of local names: not every XML parser takes them in names.
        var start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1]))
        {
            start--;
        }

        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start]))
        {
            start++;
        }

        return start < iri.Length ? start : -1;
    }

    /// <summary>True when <paramref name="prefix"/> can be declared as an XML namespace prefix (the empty one is the default namespace).</summary>
    public static bool IsUsablePrefix(string prefix) =>
        prefix.Length == 0 || (RdfXmlNames.IsNCName(prefix) && !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase));
}
