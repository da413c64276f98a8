using System.Xml;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads "SPARQL Query Results XML Format (Second Edition)": a <c>&lt;sparql&gt;</c> document with a head
/// of variables and either <c>&lt;results&gt;</c> or <c>&lt;boolean&gt;</c>. DTDs are refused and no external
/// entity is ever resolved (results come from untrusted endpoints). Rows are read into memory: result
/// documents are answers and fixtures, and holding them lets the caller dispose the input at once.
/// Blank-node labels are kept as written.
/// </summary>
public static class SparqlXmlResultsReader
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Only XML's own white space is layout around an IRI or label; U+00A0 and friends are content.
    private static readonly char[] XmlWhitespace = [' ', '\t', '\r', '\n'];

    public static QueryResult Read(TextReader input, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var xml = XmlReader.Create(input, settings);
        try
        {
            return new Parser(xml, sourceName).ReadDocument();
        }
        catch (XmlException e)
        {
            // Some XmlExceptions (the DTD refusal among them) carry no position; the reader still knows where it is.
            var info = xml as IXmlLineInfo;
            var line = e.LineNumber > 0 ? e.LineNumber : info?.LineNumber ?? 0;
            var column = e.LineNumber > 0 ? e.LinePosition : info?.LinePosition ?? 0;
            throw new SparqlResultsParseException(e.Message, sourceName, line, column, e);
        }
    }

    private sealed class Parser(XmlReader xml, string? sourceName)
    {
        private ResultVariables? _variables;

        public QueryResult ReadDocument()
        {
            xml.MoveToContent();
            ExpectElement("sparql");
            if (xml.IsEmptyElement)
            {
                throw Error("the <sparql> element is empty: expected <head> and <results> or <boolean>");
            }

            xml.Read();
            List<SolutionRow>? rows = null;
            bool? boolean = null;
            while (NextChild())
            {
                if (!IsOurs())
                {
                    xml.Skip();
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "head":
                        ReadHead();
                        break;
                    case "results":
                        rows = ReadResults();
                        break;
                    case "boolean":
                        boolean = ReadBoolean();
                        break;
                    default:
                        throw Error($"unexpected <{xml.LocalName}> in <sparql>: expected <head>, <results> or <boolean>");
                }
            }

            if (boolean is { } b)
            {
                return rows is null ? new BooleanResult(b) : throw Error("a result has both <results> and <boolean>");
            }

            return rows is null
                ? throw Error("no <results> or <boolean> element")
                : new SolutionSequence(_variables ?? ResultVariables.Empty, rows);
        }

        private void ReadHead()
        {
            var names = new List<string>();
            if (xml.IsEmptyElement)
            {
                xml.Read();
            }
            else
            {
                xml.Read();
                while (NextChild())
                {
                    if (IsOurs() && xml.LocalName == "variable")
                    {
                        var name = xml.GetAttribute("name") ?? throw Error("<variable> without a name attribute");
                        if (ResultVariables.Problem(name) is { } problem)
                        {
                            throw Error(problem);
                        }

                        if (names.Contains(name, StringComparer.Ordinal))
                        {
                            throw Error($"the variable '{name}' appears twice in <head>");
                        }

                        names.Add(name);
                    }
                    else if (!IsOurs() || xml.LocalName != "link")
                    {
                        throw Error($"unexpected <{xml.Name}> in <head>: expected <variable> or <link>");
                    }

                    xml.Skip();
                }
            }

            _variables = new ResultVariables(names);
        }

        private List<SolutionRow> ReadResults()
        {
            var variables = _variables ?? throw Error("<results> before <head>");
            var rows = new List<SolutionRow>();
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return rows;
            }

            xml.Read();
            while (NextChild())
            {
                if (!IsOurs() || xml.LocalName != "result")
                {
                    throw Error($"unexpected <{xml.Name}> in <results>: expected <result>");
                }

                rows.Add(ReadResult(variables));
            }

            return rows;
        }

        private SolutionRow ReadResult(ResultVariables variables)
        {
            var values = new Term?[variables.Count];
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return new SolutionRow(variables, values);
            }

            xml.Read();
            while (NextChild())
            {
                if (!IsOurs() || xml.LocalName != "binding")
                {
                    throw Error($"unexpected <{xml.Name}> in <result>: expected <binding>");
                }

                var name = xml.GetAttribute("name") ?? throw Error("<binding> without a name attribute");
                var index = variables.IndexOf(name);
                if (index < 0)
                {
                    throw Error($"<binding name=\"{name}\"> names a variable that is not in <head> ({variables})");
                }

                if (values[index] is not null)
                {
                    throw Error($"the variable '{name}' is bound twice in one <result>");
                }

                if (xml.IsEmptyElement)
                {
                    throw Error($"<binding name=\"{name}\"> is empty: expected <uri>, <bnode> or <literal>");
                }

                xml.Read();
                if (!NextChild())
                {
                    throw Error($"<binding name=\"{name}\"> is empty: expected <uri>, <bnode> or <literal>");
                }

                values[index] = ReadTerm();
                if (NextChild())
                {
                    throw Error($"<binding name=\"{name}\"> holds more than one term");
                }
            }

            return new SolutionRow(variables, values);
        }

        private Term ReadTerm()
        {
            if (!IsOurs())
            {
                throw Error($"unexpected <{xml.Name}> in <binding>: expected <uri>, <bnode> or <literal>");
            }

            switch (xml.LocalName)
            {
                case "uri":
                    return new Iri(xml.ReadElementContentAsString().Trim(XmlWhitespace));
                case "bnode":
                    var label = xml.ReadElementContentAsString().Trim(XmlWhitespace);
                    return label.Length > 0 ? new BlankNode(label) : throw Error("<bnode> without a label");
                case "literal":
                    var language = xml.GetAttribute("lang", XmlNamespace);
                    var datatype = xml.GetAttribute("datatype");
                    var text = xml.ReadElementContentAsString();
                    if (!string.IsNullOrEmpty(language))
                    {
                        return new Literal(text, language);
                    }

                    return datatype is null || datatype == Xsd.StringIri
                        ? new Literal(text)
                        : datatype == RdfVocabulary.LangStringIri
                            ? throw Error("an rdf:langString <literal> without xml:lang")
                            : new Literal(text, new Iri(datatype));
                default:
                    throw Error($"unexpected <{xml.LocalName}> in <binding>: expected <uri>, <bnode> or <literal>");
            }
        }

        private bool ReadBoolean()
        {
            var text = xml.ReadElementContentAsString().Trim();
            return text switch
            {
                "true" => true,
                "false" => false,
                _ => throw Error($"<boolean> holds '{text}': expected true or false"),
            };
        }

        /// <summary>Moves to the next child element; false (having consumed the parent's end tag) when there is none.</summary>
        private bool NextChild()
        {
            var type = xml.MoveToContent();
            switch (type)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    xml.Read();
                    return false;
                case XmlNodeType.None:
                    throw Error("the document ends inside an element");
                default:
                    throw Error($"unexpected {type} content '{xml.Value.Trim()}'");
            }
        }

        private bool IsOurs() => xml.NamespaceURI == Namespace;

        private void ExpectElement(string localName)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != localName || !IsOurs())
            {
                throw Error($"expected <{localName}> in the namespace {Namespace}, found <{xml.Name}> in '{xml.NamespaceURI}'");
            }
        }

        private SparqlResultsParseException Error(string description)
        {
            var info = xml as IXmlLineInfo;
            return new SparqlResultsParseException(description, sourceName, info?.LineNumber ?? 0, info?.LinePosition ?? 0);
        }
    }
}
