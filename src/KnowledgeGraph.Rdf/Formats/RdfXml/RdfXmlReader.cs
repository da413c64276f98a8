using System.Text;
using System.Xml;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// A streaming RDF/XML reader (RDF 1.1 XML Syntax). It pulls one XML node at a time from an
/// <see cref="XmlReader"/> and keeps a stack of frames, one per open element, saying what the element is in
/// the grammar (rdf:RDF, node element, property element of some form, collection, XML literal). The
/// triples an XML node completes are yielded before the next node is read, so memory is bounded by the
/// depth of the document and the largest literal, never by its size.
/// </summary>
/// <remarks>
/// Security: the XML reader prohibits DTDs and has no resolver, so no external entity or DTD is ever
/// opened, fetched or expanded, and no entity can be defined at all (no billion laughs); a document with a
/// DOCTYPE is an <see cref="RdfParseException"/>. In lenient mode an error is recorded and reading stops,
/// since RDF/XML has no statement boundary to resume at; the triples already yielded stand.
/// </remarks>
public sealed class RdfXmlReader : IQuadReader
{
    private static readonly Iri XmlLiteralDatatype = RdfVocabulary.XmlLiteral;

    private readonly RdfReaderOptions _options;
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly List<RdfXmlFrame> _stack = [];
    private readonly List<Quad> _pending = [];
    private readonly List<RdfParseException> _errors = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly XmlLiteralCanonicalizer _literal = new();
    private readonly List<(Iri Predicate, string Value)> _propertyAttributes = [];
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly string _labelPrefix;
    private readonly string _freshPrefix;
    private long _fresh;
    private bool _started;
    private bool _rootSeen;

    public RdfXmlReader(TextReader input, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _options = options ?? RdfReaderOptions.Default;
        if (_options.BaseIri is { } baseIri && IriSyntax.ValidateAbsolute(baseIri) is { } problem)
        {
            throw new ArgumentException($"Invalid base IRI <{baseIri}>: {problem}", nameof(options));
        }

        _xml = XmlReader.Create(input, SafeSettings());
        _lineInfo = _xml as IXmlLineInfo;

        // Blank-node labels are scoped to one document: rename them apart unless asked to keep them.
        var scope = Guid.NewGuid().ToString("N")[..8];
        _labelPrefix = _options.PreserveBlankNodeLabels ? string.Empty : "b" + scope + "l";
        _freshPrefix = "b" + scope + "n";
    }

    /// <summary>The namespace prefixes declared on the root element, so that a conversion can keep them.</summary>
    public IReadOnlyDictionary<string, string> Prefixes => _prefixes;

    public string? BaseIri => _stack.Count > 0 ? _stack[^1].BaseIri : _options.BaseIri;

    public long SkippedStatements { get; private set; }

    public IReadOnlyList<RdfParseException> Errors => _errors;

    /// <summary>
    /// The XML settings every RDF/XML document is read with: no DTD (so no entity can be declared, let
    /// alone an external one), no resolver (so nothing outside the input is ever opened), and no
    /// characters allowed from entities.
    /// </summary>
    internal static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    public IEnumerable<Quad> ReadQuads()
    {
        if (_started)
        {
            throw new InvalidOperationException("A reader can be enumerated only once.");
        }

        _started = true;
        return Iterate();
    }

    public void Dispose()
    {
        _xml.Dispose();
    }

    private IEnumerable<Quad> Iterate()
    {
        while (true)
        {
            try
            {
                if (!ReadNode())
                {
                    break;
                }
            }
            catch (RdfParseException error) when (_options.Lenient)
            {
                SkippedStatements++;
                if (_errors.Count < _options.MaxErrorsKept)
                {
                    _errors.Add(error);
                }

                _pending.Clear();
                yield break;
            }

            for (var i = 0; i < _pending.Count; i++)
            {
                yield return _pending[i];
            }

            _pending.Clear();
        }
    }

    /// <summary>Reads and handles one XML node; false at the end of the document.</summary>
    private bool ReadNode()
    {
        try
        {
            if (!_xml.Read())
            {
                if (!_rootSeen)
                {
                    throw Error("the document has no root element");
                }

                return false;
            }

            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    StartElement();
                    break;
                case XmlNodeType.EndElement:
                    EndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    Text(_xml.Value);
                    break;
                default:
                    break; // the XML declaration; comments and processing instructions are not reported.
            }

            return true;
        }
        catch (XmlException e)
        {
            throw new RdfParseException("not well-formed XML: " + e.Message, _options.SourceName, Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), e);
        }
    }

    // ---------------------------------------------------------------- elements

    private void StartElement()
    {
        var parent = _stack.Count > 0 ? _stack[^1] : null;
        if (parent?.Kind == RdfXmlFrameKind.XmlLiteral)
        {
            _literal.StartElement(_xml);
            return;
        }

        var isEmpty = _xml.IsEmptyElement;
        var baseIri = parent?.BaseIri ?? _options.BaseIri;
        if (_xml.GetAttribute("base", RdfXmlNames.XmlNamespace) is { } xmlBase)
        {
            baseIri = ResolveBase(baseIri, xmlBase);
        }

        var language = parent?.Language;
        if (_xml.GetAttribute("lang", RdfXmlNames.XmlNamespace) is { } xmlLang)
        {
            if (xmlLang.Length > 0 && !LanguageTag.IsWellFormed(xmlLang))
            {
                throw Error($"xml:lang=\"{xmlLang}\" is not a well-formed language tag");
            }

            language = xmlLang.Length == 0 ? null : xmlLang;
        }

        switch (parent?.Kind)
        {
            case null:
                _rootSeen = true;
                CollectPrefixes();
                if (IsRdf("RDF"))
                {
                    CheckRdfRootAttributes();
                    _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.Rdf, baseIri, language));
                }
                else
                {
                    StartNodeElement(baseIri, language);
                }

                break;
            case RdfXmlFrameKind.Rdf:
                StartNodeElement(baseIri, language);
                break;
            case RdfXmlFrameKind.Node:
                StartPropertyElement(parent, baseIri, language);
                break;
            case RdfXmlFrameKind.Property:
                StartObjectNode(parent, baseIri, language);
                break;
            case RdfXmlFrameKind.Collection:
                StartCollectionItem(parent, baseIri, language);
                break;
            default:
                throw new InvalidOperationException("unexpected frame " + parent.Kind);
        }

        if (isEmpty)
        {
            EndElement();
        }
    }

    private void EndElement()
    {
        var frame = _stack[^1];
        if (frame.Kind == RdfXmlFrameKind.XmlLiteral && _literal.Depth > 0)
        {
            _literal.EndElement();
            return;
        }

        _stack.RemoveAt(_stack.Count - 1);
        switch (frame.Kind)
        {
            case RdfXmlFrameKind.Property:
                FinishPropertyElement(frame);
                break;
            case RdfXmlFrameKind.Collection:
                if (frame.LastCell is null)
                {
                    EmitStatement(frame, RdfVocabulary.Nil);
                }
                else
                {
                    Emit(frame.LastCell, RdfVocabulary.Rest, RdfVocabulary.Nil);
                }

                break;
            case RdfXmlFrameKind.XmlLiteral:
                EmitStatement(frame, new Literal(_literal.TakeLexicalForm(), XmlLiteralDatatype));
                break;
            default:
                break;
        }
    }

    private void Text(string value)
    {
        var frame = _stack.Count > 0 ? _stack[^1] : null;
        if (frame?.Kind == RdfXmlFrameKind.XmlLiteral)
        {
            _literal.Text(value);
            return;
        }

        if (frame?.Kind == RdfXmlFrameKind.Property && !frame.HasNodeObject)
        {
            (frame.Text ??= new StringBuilder()).Append(value);
            return;
        }

        if (!IsXmlWhitespace(value))
        {
            var where = frame?.Kind switch
            {
                RdfXmlFrameKind.Rdf => "directly inside rdf:RDF",
                RdfXmlFrameKind.Node => "directly inside a node element (only property elements may be there)",
                RdfXmlFrameKind.Collection => "inside an rdf:parseType=\"Collection\" element (only node elements may be there)",
                RdfXmlFrameKind.Property => "after the node element that is the value of a property element",
                _ => "here",
            };
            throw Error($"text \"{Shorten(value)}\" is not allowed {where}");
        }
    }

    // ---------------------------------------------------------------- node elements

    /// <summary>Starts a node element, yields its type and property-attribute triples, and returns its subject.</summary>
    private Term StartNodeElement(string? baseIri, string? language)
    {
        var elementIri = ElementIri();
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && RdfXmlNames.ForbiddenAsNodeElement(_xml.LocalName) is { } forbidden)
        {
            throw Error(forbidden);
        }

        string? id = null, nodeId = null, about = null;
        _propertyAttributes.Clear();
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (RdfXmlNames.IsIgnoredAttribute(_xml))
                {
                    continue;
                }

                if (AttributeNamespace() == RdfXmlNames.RdfNamespace)
                {
                    switch (_xml.LocalName)
                    {
                        case "ID":
                            id = _xml.Value;
                            continue;
                        case "nodeID":
                            nodeId = _xml.Value;
                            continue;
                        case "about":
                            about = _xml.Value;
                            continue;
                        default:
                            break;
                    }
                }

                _propertyAttributes.Add((PropertyAttributeIri(), _xml.Value));
            }
            while (_xml.MoveToNextAttribute());

            _xml.MoveToElement();
        }

        if ((id is not null ? 1 : 0) + (nodeId is not null ? 1 : 0) + (about is not null ? 1 : 0) > 1)
        {
            throw Error("a node element can have only one of rdf:ID, rdf:nodeID and rdf:about");
        }

        Term subject = id is not null ? IdIri(baseIri, id)
            : nodeId is not null ? LabelledBlankNode(nodeId)
            : about is not null ? ResolveIri(baseIri, about, "rdf:about")
            : FreshBlankNode();

        if (!(_xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == "Description"))
        {
            Emit(subject, RdfVocabulary.Type, elementIri);
        }

        EmitPropertyAttributes(subject, baseIri, language);
        _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.Node, baseIri, language) { Subject = subject });
        return subject;
    }

    /// <summary>A node element inside a property element: the property element becomes a resource property element.</summary>
    private void StartObjectNode(RdfXmlFrame property, string? baseIri, string? language)
    {
        if (property.HasNodeObject)
        {
            throw Error("a property element can hold only one node element");
        }

        if (property.Text is { } text && !IsXmlWhitespace(text))
        {
            throw Error("a property element cannot hold both text and a node element");
        }

        if (property.ResourceObject is not null || property.Datatype is not null || property.PropertyAttributes is { Count: > 0 })
        {
            throw Error("a property element with rdf:resource, rdf:nodeID, rdf:datatype or property attributes must be empty, but holds a node element");
        }

        property.HasNodeObject = true;
        property.Text = null;
        var subject = StartNodeElement(baseIri, language);
        EmitStatement(property, subject);
    }

    private void StartCollectionItem(RdfXmlFrame collection, string? baseIri, string? language)
    {
        var item = StartNodeElement(baseIri, language);
        var cell = FreshBlankNode();
        if (collection.LastCell is null)
        {
            EmitStatement(collection, cell);
        }
        else
        {
            Emit(collection.LastCell, RdfVocabulary.Rest, cell);
        }

        Emit(cell, RdfVocabulary.First, item);
        collection.LastCell = cell;
    }

    // ---------------------------------------------------------------- property elements

    private void StartPropertyElement(RdfXmlFrame node, string? baseIri, string? language)
    {
        Iri predicate;
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == "li")
        {
            predicate = new Iri(RdfXmlNames.RdfNamespace + "_" + node.NextListItem++.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && RdfXmlNames.ForbiddenAsPropertyElement(_xml.LocalName) is { } forbidden)
            {
                throw Error(forbidden);
            }

            predicate = ElementIri();
        }

        string? id = null, parseType = null, resource = null, nodeId = null, datatype = null;
        List<(Iri, string)>? propertyAttributes = null;
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (RdfXmlNames.IsIgnoredAttribute(_xml))
                {
                    continue;
                }

                if (AttributeNamespace() == RdfXmlNames.RdfNamespace)
                {
                    switch (_xml.LocalName)
                    {
                        case "ID":
                            id = _xml.Value;
                            continue;
                        case "parseType":
                            parseType = _xml.Value;
                            continue;
                        case "resource":
                            resource = _xml.Value;
                            continue;
                        case "nodeID":
                            nodeId = _xml.Value;
                            continue;
                        case "datatype":
                            datatype = _xml.Value;
                            continue;
                        default:
                            break;
                    }
                }

                (propertyAttributes ??= []).Add((PropertyAttributeIri(), _xml.Value));
            }
            while (_xml.MoveToNextAttribute());

            _xml.MoveToElement();
        }

        var reifier = id is null ? null : IdIri(baseIri, id);
        var subject = node.Subject!;
        if (parseType is not null)
        {
            if (resource is not null || nodeId is not null || datatype is not null || propertyAttributes is not null)
            {
                throw Error($"rdf:parseType=\"{parseType}\" allows no rdf:resource, rdf:nodeID, rdf:datatype or property attributes beside it");
            }

            switch (parseType)
            {
                case "Resource":
                    var blank = FreshBlankNode();
                    var resourceFrame = new RdfXmlFrame(RdfXmlFrameKind.Property, baseIri, language) { Parent = subject, Predicate = predicate, Reifier = reifier };
                    EmitStatement(resourceFrame, blank);
                    _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.Node, baseIri, language) { Subject = blank });
                    return;
                case "Collection":
                    _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.Collection, baseIri, language) { Parent = subject, Predicate = predicate, Reifier = reifier });
                    return;
                default:
                    // "Literal", and any other value, which RDF/XML reads as "Literal".
                    _literal.TakeLexicalForm();
                    _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.XmlLiteral, baseIri, language) { Parent = subject, Predicate = predicate, Reifier = reifier });
                    return;
            }
        }

        if (resource is not null && nodeId is not null)
        {
            throw Error("a property element cannot have both rdf:resource and rdf:nodeID");
        }

        if (datatype is not null && (resource is not null || nodeId is not null || propertyAttributes is not null))
        {
            throw Error("a property element with rdf:datatype holds a literal, so it cannot also have rdf:resource, rdf:nodeID or property attributes");
        }

        Term? resourceObject = resource is not null ? ResolveIri(baseIri, resource, "rdf:resource")
            : nodeId is not null ? LabelledBlankNode(nodeId)
            : null;
        _stack.Add(new RdfXmlFrame(RdfXmlFrameKind.Property, baseIri, language)
        {
            Parent = subject,
            Predicate = predicate,
            Reifier = reifier,
            ResourceObject = resourceObject,
            Datatype = datatype is null ? null : ResolveIri(baseIri, datatype, "rdf:datatype"),
            PropertyAttributes = propertyAttributes,
            Line = Line,
            Column = Column,
        });
    }

    /// <summary>Closes a property element that had no node element: a literal property element or an empty one.</summary>
    private void FinishPropertyElement(RdfXmlFrame frame)
    {
        if (frame.HasNodeObject)
        {
            return;
        }

        var hasObjectAttributes = frame.ResourceObject is not null || frame.PropertyAttributes is { Count: > 0 };
        var text = frame.Text?.ToString();
        if (text is not null && (!hasObjectAttributes || !IsXmlWhitespace(text)))
        {
            if (hasObjectAttributes)
            {
                throw Error("a property element with rdf:resource, rdf:nodeID or property attributes must be empty, but holds text", frame);
            }

            EmitStatement(frame, MakeLiteral(text, frame.Datatype, frame.Language, frame));
            return;
        }

        if (!hasObjectAttributes)
        {
            EmitStatement(frame, MakeLiteral(string.Empty, frame.Datatype, frame.Language, frame));
            return;
        }

        var obj = frame.ResourceObject ?? FreshBlankNode();
        EmitStatement(frame, obj);
        _propertyAttributes.Clear();
        if (frame.PropertyAttributes is { } attributes)
        {
            _propertyAttributes.AddRange(attributes);
        }
        EmitPropertyAttributes(obj, frame.BaseIri, frame.Language);
    }

    private Literal MakeLiteral(string text, Iri? datatype, string? language, RdfXmlFrame frame)
    {
        if (datatype is null)
        {
            return language is null ? new Literal(text) : new Literal(text, language);
        }

        if (datatype.Value == RdfVocabulary.LangStringIri)
        {
            throw Error("rdf:datatype cannot be rdf:langString: a language-tagged string takes its tag from xml:lang", frame);
        }

        return new Literal(text, datatype);
    }

    /// <summary>Yields a triple for each attribute in <see cref="_propertyAttributes"/>: rdf:type gives an IRI, the others literals.</summary>
    private void EmitPropertyAttributes(Term subject, string? baseIri, string? language)
    {
        foreach (var (predicate, value) in _propertyAttributes)
        {
            Term obj = predicate.Equals(RdfVocabulary.Type)
                ? ResolveIri(baseIri, value, "rdf:type")
                : language is null ? new Literal(value) : new Literal(value, language);
            Emit(subject, predicate, obj);
        }

        _propertyAttributes.Clear();
    }

    // ---------------------------------------------------------------- names and IRIs

    private void CollectPrefixes()
    {
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (_xml.NamespaceURI == RdfXmlNames.XmlnsNamespace)
                {
                    _prefixes[_xml.Prefix.Length == 0 ? string.Empty : _xml.LocalName] = _xml.Value;
                }
            }
            while (_xml.MoveToNextAttribute());

            _xml.MoveToElement();
        }
    }

    private bool IsRdf(string localName) => _xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == localName;

    /// <summary>rdf:RDF may carry only namespace declarations and xml: attributes.</summary>
    private void CheckRdfRootAttributes()
    {
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                if (!RdfXmlNames.IsIgnoredAttribute(_xml))
                {
                    var name = _xml.Name;
                    _xml.MoveToElement();
                    throw Error($"rdf:RDF cannot have the attribute {name}");
                }
            }
            while (_xml.MoveToNextAttribute());

            _xml.MoveToElement();
        }
    }

    private Iri ElementIri()
    {
        if (_xml.NamespaceURI.Length == 0)
        {
            throw Error($"the element <{_xml.Name}> is in no namespace, so it names no IRI");
        }

        return new Iri(_xml.NamespaceURI + _xml.LocalName);
    }

    /// <summary>The predicate of the attribute the reader is on, checked against the names RDF/XML reserves.</summary>
    private Iri PropertyAttributeIri()
    {
        var ns = AttributeNamespace();
        if (ns.Length == 0)
        {
            throw Error($"the attribute {_xml.Name} is in no namespace; RDF/XML needs qualified attribute names such as ex:{_xml.LocalName}");
        }

        if (ns == RdfXmlNames.RdfNamespace && RdfXmlNames.ForbiddenAsPropertyAttribute(_xml.LocalName) is { } forbidden)
        {
            throw Error(forbidden);
        }

        return new Iri(ns + _xml.LocalName);
    }

    /// <summary>
    /// The namespace of the attribute the reader is on. The unqualified ID, about, resource, parseType and
    /// type are taken as their rdf: forms, as RDF/XML 6.1.4 keeps them for old documents; other unqualified
    /// names stay in no namespace, which is an error.
    /// </summary>
    private string AttributeNamespace() =>
        _xml.NamespaceURI.Length == 0 && _xml.LocalName is "ID" or "about" or "resource" or "parseType" or "type"
            ? RdfXmlNames.RdfNamespace
            : _xml.NamespaceURI;

    /// <summary>The IRI of <c>rdf:ID="name"</c>: <c>#name</c> against the base, which must be new in the document.</summary>
    private Iri IdIri(string? baseIri, string id)
    {
        if (!RdfXmlNames.IsNCName(id))
        {
            throw Error($"rdf:ID=\"{id}\" is not an XML NCName");
        }

        var iri = ResolveIri(baseIri, "#" + id, "rdf:ID");
        if (!_usedIds.Add(iri.Value))
        {
            throw Error($"rdf:ID=\"{id}\" is used twice with the same base IRI ({iri})");
        }

        return iri;
    }

    private Iri ResolveIri(string? baseIri, string reference, string attribute)
    {
        if (ForbiddenIriCharacter(reference) is var at and >= 0)
        {
            throw Error($"{attribute}=\"{reference}\" is not an IRI: character U+{(int)reference[at]:X4} is not allowed in an IRI");
        }

        if (baseIri is null && !IriSyntax.IsAbsolute(reference))
        {
            throw Error($"{attribute}=\"{reference}\" is a relative IRI, but there is no base IRI to resolve it against");
        }

        return new Iri(IriSyntax.Resolve(baseIri, reference));
    }

    private string ResolveBase(string? baseIri, string xmlBase) => ResolveIri(baseIri, xmlBase, "xml:base").Value;

    /// <summary>
    /// The index of the first character RFC 3987 forbids anywhere in an IRI (spaces, controls, <c>&lt;&gt;"{}|\^`</c>),
    /// or -1. A stray '%' is let through, as the Turtle family does, so that any IRI our writers write reads back.
    /// </summary>
    private static int ForbiddenIriCharacter(string reference)
    {
        for (var i = 0; i < reference.Length; i++)
        {
            var c = reference[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' || (c >= '\u007F' && c <= '\u009F'))
            {
                return i;
            }
        }

        return -1;
    }

    private BlankNode LabelledBlankNode(string label)
    {
        if (!RdfXmlNames.IsNCName(label))
        {
            throw Error($"rdf:nodeID=\"{label}\" is not an XML NCName");
        }

        return new BlankNode(_labelPrefix + label);
    }

    private BlankNode FreshBlankNode() => new(_freshPrefix + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture));

    // ---------------------------------------------------------------- output

    private void Emit(Term subject, Iri predicate, Term obj) => _pending.Add(new Quad(subject, predicate, obj));

    /// <summary>Yields the statement of a property element, and its reification when it has an rdf:ID.</summary>
    private void EmitStatement(RdfXmlFrame property, Term obj)
    {
        var subject = property.Parent!;
        var predicate = property.Predicate!;
        Emit(subject, predicate, obj);
        if (property.Reifier is { } statement)
        {
            Emit(statement, RdfVocabulary.Type, RdfVocabulary.Statement);
            Emit(statement, RdfVocabulary.Subject, subject);
            Emit(statement, RdfVocabulary.Predicate, predicate);
            Emit(statement, RdfVocabulary.Object, obj);
        }
    }

    // ---------------------------------------------------------------- errors and helpers

    private int Line => _lineInfo is { } info && info.HasLineInfo() ? info.LineNumber : 0;

    private int Column => _lineInfo is { } info && info.HasLineInfo() ? info.LinePosition : 0;

    private RdfParseException Error(string description) => new(description, _options.SourceName, Line, Column);

    private RdfParseException Error(string description, RdfXmlFrame frame) =>
        frame.Line > 0 ? new(description, _options.SourceName, frame.Line, frame.Column) : Error(description);

    private static bool IsXmlWhitespace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsXmlWhitespace(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (!IsXmlWhitespace(chunk.Span))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "...";
    }
}
