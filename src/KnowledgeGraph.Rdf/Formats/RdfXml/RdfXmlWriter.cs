using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Streams plain RDF/XML: one <c>rdf:Description</c> (or typed node element) per run of triples with the
/// same subject, a property element per triple with <c>rdf:resource</c>, <c>rdf:nodeID</c>,
/// <c>rdf:datatype</c> or <c>xml:lang</c>. Only the triples of the current subject are held back (to pick
/// the node element's name), so memory does not grow with the document.
/// </summary>
/// <remarks>
/// Predicates are written as QNames with the prefixes of <see cref="RdfWriterOptions.Prefixes"/> (declared
/// on <c>rdf:RDF</c>); a predicate in another namespace gets a generated <c>nsN</c> prefix declared on the
/// element itself. IRIs are written absolute. What RDF/XML cannot express is an <see cref="ArgumentException"/>
/// naming the quad: a named graph, a predicate that does not end in an XML name or that RDF/XML reserves
/// (such as rdf:li or rdf:about), and characters that XML 1.0 cannot carry (most C0 controls).
/// Blank-node labels that are not XML NCNames are spelt <c>kgx</c> + the hex of their UTF-8 bytes.
/// </remarks>
public sealed class RdfXmlWriter : IQuadWriter
{
    private const string FormatName = "RDF/XML";
    private const string EncodedLabelPrefix = "kgx";

    private readonly TextWriter _out;
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixesTaken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);
    private readonly List<Quad> _subjectTriples = [];
    private bool _started;
    private bool _finished;

    public RdfXmlWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
        _prefixByNamespace[RdfVocabulary.Namespace] = "rdf";
        _prefixesTaken.Add("rdf");
        foreach (var (prefix, ns) in (options ?? RdfWriterOptions.Default).Prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Prefixes XML cannot declare, a second name for a namespace, and a rebinding of rdf: are left out.
            if (RdfXmlQNames.IsUsablePrefix(prefix) && ns.Length > 0 && _prefixesTaken.Add(prefix))
            {
                _prefixByNamespace.TryAdd(ns, prefix);
            }
        }
    }

    /// <summary>
    /// Why <paramref name="quad"/> cannot be written as RDF/XML, or null when it can: a named graph, a
    /// predicate RDF/XML cannot name, or text XML 1.0 cannot carry.
    /// </summary>
    public static string? CannotWrite(in Quad quad)
    {
        if (quad.Graph is not null && !quad.InDefaultGraph)
        {
            return $"RDF/XML holds only the default graph, but the quad is in the named graph {quad.Graph}; write N-Quads or TriG to keep named graphs";
        }

        if (PredicateProblem(quad.Predicate) is { } predicateProblem)
        {
            return predicateProblem;
        }

        foreach (var term in (ReadOnlySpan<Term>)[quad.Subject, quad.Obj])
        {
            var text = term switch
            {
                Iri iri => iri.Value,
                Literal literal => literal.LexicalForm,
                _ => null,
            };
            if (text is not null && FirstNonXmlChar(text) is var at and >= 0)
            {
                return $"{Describe(term)} holds U+{(int)text[at]:X4}, which XML 1.0 cannot carry, even as a character reference";
            }

            if (term is Literal { Datatype: var datatype } && FirstNonXmlChar(datatype.Value) >= 0)
            {
                return $"the datatype IRI {datatype} holds a character XML 1.0 cannot carry";
            }
        }

        return null;
    }

    public void Write(in Quad quad)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The RDF/XML document is already finished.");
        }

        StatementChecks.CheckTriple(quad, FormatName);
        if (CannotWrite(quad) is { } problem)
        {
            throw new ArgumentException($"Cannot write {quad} as RDF/XML: {problem}.");
        }

        if (!_started)
        {
            WriteHeader();
        }

        if (_subjectTriples.Count > 0 && !_subjectTriples[0].Subject.Equals(quad.Subject))
        {
            FlushSubject();
        }

        _subjectTriples.Add(quad);
    }

    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (!_started)
        {
            WriteHeader();
        }

        FlushSubject();
        _out.Write("</rdf:RDF>\n");
        _out.Flush();
        _finished = true;
    }

    public void Dispose() => Finish();

    private void WriteHeader()
    {
        _started = true;
        _out.Write("<?xml version=\"1.0\"?>\n<rdf:RDF");
        foreach (var (ns, prefix) in _prefixByNamespace.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            _out.Write(prefix.Length == 0 ? "\n    xmlns=\"" : "\n    xmlns:" + prefix + "=\"");
            WriteEscaped(ns, inAttribute: true);
            _out.Write('"');
        }

        _out.Write(">\n");
    }

    /// <summary>Writes the node element for the held-back triples of one subject.</summary>
    private void FlushSubject()
    {
        if (_subjectTriples.Count == 0)
        {
            return;
        }

        var subject = _subjectTriples[0].Subject;

        // A typed node element when the subject has exactly one rdf:type whose IRI makes a node-element name.
        var typeIndex = -1;
        var types = 0;
        for (var i = 0; i < _subjectTriples.Count; i++)
        {
            if (_subjectTriples[i].Predicate.Equals(RdfVocabulary.Type) && ++types == 1 && _subjectTriples[i].Obj is Iri)
            {
                typeIndex = i;
            }
        }

        string elementName = "rdf:Description";
        string? elementDeclaration = null;
        if (types == 1 && typeIndex >= 0 && NodeElementName((Iri)_subjectTriples[typeIndex].Obj) is { } typed)
        {
            (elementName, elementDeclaration) = typed;
        }
        else
        {
            typeIndex = -1;
        }

        _out.Write("  <");
        _out.Write(elementName);
        WriteDeclaration(elementDeclaration, elementName);
        if (subject is Iri iri)
        {
            _out.Write(" rdf:about=\"");
            WriteEscaped(iri.Value, inAttribute: true);
        }
        else
        {
            _out.Write(" rdf:nodeID=\"");
            _out.Write(NodeId((BlankNode)subject));
        }

        _out.Write("\">\n");
        for (var i = 0; i < _subjectTriples.Count; i++)
        {
            if (i != typeIndex)
            {
                WriteProperty(_subjectTriples[i]);
            }
        }

        _out.Write("  </");
        _out.Write(elementName);
        _out.Write(">\n");
        _subjectTriples.Clear();
    }

    private void WriteProperty(in Quad quad)
    {
        var (name, declaration) = QName(quad.Predicate.Value, RdfXmlQNames.LocalNameStart(quad.Predicate.Value));
        _out.Write("    <");
        _out.Write(name);
        WriteDeclaration(declaration, name);
        switch (quad.Obj)
        {
            case Iri iri:
                _out.Write(" rdf:resource=\"");
                WriteEscaped(iri.Value, inAttribute: true);
                _out.Write("\"/>\n");
                return;
            case BlankNode blank:
                _out.Write(" rdf:nodeID=\"");
                _out.Write(NodeId(blank));
                _out.Write("\"/>\n");
                return;
            case Literal literal:
                if (literal.Language is { } language)
                {
                    _out.Write(" xml:lang=\"");
                    WriteEscaped(language, inAttribute: true);
                    _out.Write('"');
                }
                else if (!literal.IsSimple)
                {
                    _out.Write(" rdf:datatype=\"");
                    WriteEscaped(literal.Datatype.Value, inAttribute: true);
                    _out.Write('"');
                }

                _out.Write('>');
                WriteEscaped(literal.LexicalForm, inAttribute: false);
                _out.Write("</");
                _out.Write(name);
                _out.Write(">\n");
                return;
            default:
                throw new ArgumentException($"Cannot write {quad} as RDF/XML: the object must be an IRI, a blank node or a literal.");
        }
    }

    private void WriteDeclaration(string? declaration, string name)
    {
        if (declaration is null)
        {
            return;
        }

        var colon = name.IndexOf(':');
        _out.Write(" xmlns:");
        _out.Write(name[..colon]);
        _out.Write("=\"");
        WriteEscaped(declaration, inAttribute: true);
        _out.Write('"');
    }

    /// <summary>The element name for a typed node element, or null when the type cannot name one.</summary>
    private (string Name, string? Declaration)? NodeElementName(Iri type)
    {
        var start = RdfXmlQNames.LocalNameStart(type.Value);
        if (start < 0 || FirstNonXmlChar(type.Value) >= 0)
        {
            return null;
        }

        if (start == RdfVocabulary.Namespace.Length && type.Value.StartsWith(RdfVocabulary.Namespace, StringComparison.Ordinal)
            && (RdfXmlNames.ForbiddenAsNodeElement(type.Value[start..]) is not null || type.Value[start..] == "Description"))
        {
            return null;
        }

        return QName(type.Value, start);
    }

    /// <summary>
    /// The QName for an IRI split at <paramref name="localStart"/>: a declared prefix, or a generated
    /// <c>nsN</c> that the element must declare itself (returned as the namespace to declare).
    /// </summary>
    private (string Name, string? Declaration) QName(string iri, int localStart)
    {
        var ns = iri[..localStart];
        var local = iri[localStart..];
        if (_prefixByNamespace.TryGetValue(ns, out var prefix))
        {
            return (prefix.Length == 0 ? local : prefix + ":" + local, null);
        }

        if (!_generated.TryGetValue(ns, out prefix))
        {
            var n = _generated.Count + 1;
            while (_prefixesTaken.Contains("ns" + n.ToString(CultureInfo.InvariantCulture)))
            {
                n++;
            }

            prefix = "ns" + n.ToString(CultureInfo.InvariantCulture);
            _prefixesTaken.Add(prefix);
            _generated[ns] = prefix;
        }

        return (prefix + ":" + local, ns);
    }

    private static string? PredicateProblem(Iri predicate)
    {
        var start = RdfXmlQNames.LocalNameStart(predicate.Value);
        if (start < 0)
        {
            return $"the predicate {predicate} does not end in an XML name, so no RDF/XML property element can name it";
        }

        if (start == RdfVocabulary.Namespace.Length && predicate.Value.StartsWith(RdfVocabulary.Namespace, StringComparison.Ordinal))
        {
            var local = predicate.Value[start..];
            if (RdfXmlNames.ForbiddenAsPropertyElement(local) is not null || local == "li")
            {
                return $"the predicate {predicate} is a name RDF/XML reserves for its own syntax";
            }
        }

        return FirstNonXmlChar(predicate.Value) >= 0 ? $"the predicate {predicate} holds a character XML 1.0 cannot carry" : null;
    }

    /// <summary>
    /// The rdf:nodeID for a blank node: its label when that is an NCName not starting with "kgx", otherwise
    /// "kgx" and the hex of the label's UTF-8 bytes, so that distinct labels stay distinct.
    /// </summary>
    private static string NodeId(BlankNode blank)
    {
        var label = blank.Label;
        if (RdfXmlNames.IsNCName(label) && !label.StartsWith(EncodedLabelPrefix, StringComparison.Ordinal))
        {
            return label;
        }

        return EncodedLabelPrefix + Convert.ToHexString(Encoding.UTF8.GetBytes(label));
    }

    /// <summary>The index of the first character XML 1.0 forbids (a C0 control other than tab, LF, CR; U+FFFE, U+FFFF; a lone surrogate), or -1.</summary>
    private static int FirstNonXmlChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Writes text escaped for element content or a double-quoted attribute. Carriage returns (and tabs and
    /// line feeds in attributes) become character references, so XML's newline and attribute-value
    /// normalisation cannot change them on the way back in.
    /// </summary>
    private void WriteEscaped(string text, bool inAttribute)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                '"' when inAttribute => "&quot;",
                '\n' when inAttribute => "&#xA;",
                '\t' when inAttribute => "&#x9;",
                _ => null,
            };
            if (replacement is not null)
            {
                _out.Write(text.AsSpan(from, i - from));
                _out.Write(replacement);
                from = i + 1;
            }
        }

        _out.Write(text.AsSpan(from));
    }

    private static string Describe(Term term) => term is Literal ? "the literal " + term : term.ToString();
}
