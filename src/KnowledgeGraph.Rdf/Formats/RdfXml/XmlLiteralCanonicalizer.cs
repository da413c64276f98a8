using System.Text;
using System.Xml;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Builds the lexical form of an <c>rdf:parseType="Literal"</c> value from the reader's events, in
/// Exclusive XML Canonicalization (without comments), as RDF 1.1 XML Syntax 7.2.17 asks: a namespace is
/// declared on an element only where the element or one of its attributes uses it and no output ancestor
/// already declared it with that value; attributes are sorted by namespace URI then local name; empty
/// elements are written as a start and an end tag; text and attribute values are escaped canonically.
/// </summary>
internal sealed class XmlLiteralCanonicalizer
{
    private readonly StringBuilder _text = new();

    /// <summary>Per open element: the prefix-to-URI declarations it rendered (null when none).</summary>
    private readonly List<Dictionary<string, string>?> _rendered = [];
    private readonly List<(string NamespaceUri, string LocalName, string QualifiedName, string Value)> _attributes = [];
    private readonly SortedDictionary<string, string> _declarations = new(StringComparer.Ordinal);
    private readonly Stack<string> _openNames = new();

    public int Depth => _openNames.Count;

    /// <summary>Writes the start tag of the element the reader is on (and its end tag too when it is empty).</summary>
    public void StartElement(XmlReader reader)
    {
        _attributes.Clear();
        _declarations.Clear();
        Declare(reader.Prefix, reader.NamespaceURI);
        var qualifiedName = reader.Name;
        var isEmpty = reader.IsEmptyElement;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == RdfXmlNames.XmlnsNamespace)
                {
                    continue; // declarations are re-derived from use, not copied.
                }

                if (reader.Prefix.Length > 0)
                {
                    Declare(reader.Prefix, reader.NamespaceURI);
                }

                _attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value));
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        _attributes.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.NamespaceUri, b.NamespaceUri);
            return c != 0 ? c : string.CompareOrdinal(a.LocalName, b.LocalName);
        });

        _text.Append('<').Append(qualifiedName);
        Dictionary<string, string>? rendered = null;
        foreach (var (prefix, uri) in _declarations)
        {
            _text.Append(' ').Append(prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix).Append("=\"");
            AppendAttributeValue(uri);
            _text.Append('"');
            (rendered ??= new Dictionary<string, string>(StringComparer.Ordinal))[prefix] = uri;
        }

        foreach (var attribute in _attributes)
        {
            _text.Append(' ').Append(attribute.QualifiedName).Append("=\"");
            AppendAttributeValue(attribute.Value);
            _text.Append('"');
        }

        _text.Append('>');
        _rendered.Add(rendered);
        _openNames.Push(qualifiedName);
        if (isEmpty)
        {
            EndElement();
        }
    }

    public void EndElement()
    {
        _text.Append("</").Append(_openNames.Pop()).Append('>');
        _rendered.RemoveAt(_rendered.Count - 1);
    }

    public void Text(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    _text.Append("&amp;");
                    break;
                case '<':
                    _text.Append("&lt;");
                    break;
                case '>':
                    _text.Append("&gt;");
                    break;
                case '\r':
                    _text.Append("&#xD;");
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }
    }

    /// <summary>The canonical form of everything written since the last call, and a fresh start.</summary>
    public string TakeLexicalForm()
    {
        var value = _text.ToString();
        _text.Clear();
        _rendered.Clear();
        _openNames.Clear();
        return value;
    }

    /// <summary>Adds a declaration for a used prefix unless the nearest output ancestor that declared it gave the same URI.</summary>
    private void Declare(string prefix, string uri)
    {
        if (prefix == "xml")
        {
            return; // bound by definition, never declared.
        }

        // An unprefixed element in no namespace needs xmlns="" only if an output ancestor set a default namespace.
        var inherited = prefix.Length == 0 ? string.Empty : null;
        for (var i = _rendered.Count - 1; i >= 0; i--)
        {
            if (_rendered[i] is { } declared && declared.TryGetValue(prefix, out var value))
            {
                inherited = value;
                break;
            }
        }

        if (inherited != uri)
        {
            _declarations[prefix] = uri;
        }
    }

    private void AppendAttributeValue(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    _text.Append("&amp;");
                    break;
                case '<':
                    _text.Append("&lt;");
                    break;
                case '"':
                    _text.Append("&quot;");
                    break;
                case '\t':
                    _text.Append("&#x9;");
                    break;
                case '\n':
                    _text.Append("&#xA;");
                    break;
                case '\r':
                    _text.Append("&#xD;");
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }
    }
}
