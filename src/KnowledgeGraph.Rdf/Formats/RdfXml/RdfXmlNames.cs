using System.Xml;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// The names RDF/XML gives a meaning to (RDF 1.1 XML Syntax, section 7.2.2 to 7.2.5), and which of them
/// may stand where: as a node element, a property element or a property attribute.
/// </summary>
internal static class RdfXmlNames
{
    public const string RdfNamespace = RdfVocabulary.Namespace;
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>coreSyntaxTerms: rdf:RDF, rdf:ID, rdf:about, rdf:parseType, rdf:resource, rdf:nodeID, rdf:datatype.</summary>
    public static bool IsCoreSyntaxTerm(string localName) =>
        localName is "RDF" or "ID" or "about" or "parseType" or "resource" or "nodeID" or "datatype";

    /// <summary>oldTerms: names of RDF M&amp;S that RDF/XML no longer allows anywhere.</summary>
    public static bool IsOldTerm(string localName) => localName is "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>Why an element in the rdf: namespace cannot be a node element, or null when it can.</summary>
    public static string? ForbiddenAsNodeElement(string localName) =>
        IsCoreSyntaxTerm(localName) || localName == "li" || IsOldTerm(localName)
            ? $"rdf:{localName} cannot be used as a node element"
            : null;

    /// <summary>Why an element in the rdf: namespace cannot be a property element, or null when it can.</summary>
    public static string? ForbiddenAsPropertyElement(string localName) =>
        IsCoreSyntaxTerm(localName) || localName == "Description" || IsOldTerm(localName)
            ? $"rdf:{localName} cannot be used as a property element"
            : null;

    /// <summary>Why an attribute in the rdf: namespace cannot be a property attribute, or null when it can.</summary>
    public static string? ForbiddenAsPropertyAttribute(string localName) =>
        IsCoreSyntaxTerm(localName) || localName is "Description" or "li" || IsOldTerm(localName)
            ? $"rdf:{localName} cannot be used as a property attribute here"
            : null;

    /// <summary>
    /// Attributes RDF/XML passes over: namespace declarations, the xml: namespace, and any name starting
    /// with "xml" in any case, which XML reserves (section 6.1.4).
    /// </summary>
    public static bool IsIgnoredAttribute(XmlReader reader) =>
        reader.NamespaceURI == XmlnsNamespace
        || reader.NamespaceURI == XmlNamespace
        || (reader.Prefix.Length == 0 ? reader.LocalName : reader.Prefix).StartsWith("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="value"/> is an XML NCName, the form rdf:ID and rdf:nodeID values take.</summary>
    public static bool IsNCName(string value)
    {
        if (value.Length == 0 || !XmlConvert.IsStartNCNameChar(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!XmlConvert.IsNCNameChar(value[i]))
            {
                // A surrogate pair is an NCName character when its code point is in #x10000-#xEFFFF.
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                    && char.ConvertToUtf32(value[i], value[i + 1]) <= 0xEFFFF)
                {
                    i++;
                    continue;
                }

                return false;
            }
        }

        return true;
    }
}
