using System.Xml;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Reads SPARQL XML results from a remote's response while the rows are enumerated, so a large SELECT (a dump, a big
/// export) never sits in memory whole: the head is read at once (variables, or the ASK boolean), each
/// <c>&lt;result&gt;</c> becomes a row when the consumer asks for it, and the response is released at the end (or when
/// the consumer stops early and disposes its enumerator). DTDs are refused and no entity is resolved.
/// </summary>
internal static class StreamingXmlResults
{
    private const string Namespace = "http://www.w3.org/2005/sparql-results#";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Only XML's own white space is layout around an IRI or label.
    private static readonly char[] XmlWhitespace = [' ', '\t', '\r', '\n'];

    /// <summary>Reads the head; returns the boolean of an ASK (and disposes), or a solution sequence owning the response.</summary>
    public static QueryResult Read(HttpResponseMessage response, string source)
    {
        var stream = response.Content.ReadAsStream();
        var xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });
        var keepOpen = false;
        try
        {
            xml.MoveToContent();
            Expect(xml, "sparql", source);
            var variables = new List<string>();
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "variable" && xml.NamespaceURI == Namespace)
                {
                    variables.Add(xml.GetAttribute("name") ?? throw Error(xml, source, "a <variable> without a name"));
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "boolean" && xml.NamespaceURI == Namespace)
                {
                    var text = xml.ReadElementContentAsString().Trim();
                    return text switch
                    {
                        "true" => BooleanResult.True,
                        "false" => BooleanResult.False,
                        _ => throw Error(xml, source, $"<boolean> holds '{text}': expected true or false"),
                    };
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "results" && xml.NamespaceURI == Namespace)
                {
                    var names = new ResultVariables(variables);
                    keepOpen = true;
                    return new SolutionSequence(names, Rows(response, xml, names, source, xml.IsEmptyElement));
                }
            }

            throw Error(xml, source, "the document ended before <results> or <boolean>");
        }
        catch (XmlException e)
        {
            throw new SparqlResultsParseException(e.Message, source, e.LineNumber, e.LinePosition, e);
        }
        finally
        {
            if (!keepOpen)
            {
                xml.Dispose();
                response.Dispose();
            }
        }
    }

    private static IEnumerable<SolutionRow> Rows(HttpResponseMessage response, XmlReader xml, ResultVariables variables, string source, bool empty)
    {
        using (response)
        using (xml)
        {
            if (empty)
            {
                yield break;
            }

            var values = new Term?[variables.Count];
            while (true)
            {
                bool more;
                try
                {
                    more = NextResult(xml);
                }
                catch (XmlException e)
                {
                    throw new SparqlResultsParseException(e.Message, source, e.LineNumber, e.LinePosition, e);
                }

                if (!more)
                {
                    yield break;
                }

                Array.Clear(values);
                SolutionRow row;
                try
                {
                    ReadBindings(xml, variables, values, source);
                    row = new SolutionRow(variables, (Term?[])values.Clone());
                }
                catch (XmlException e)
                {
                    throw new SparqlResultsParseException(e.Message, source, e.LineNumber, e.LinePosition, e);
                }

                yield return row;
            }
        }
    }

    /// <summary>Moves to the next &lt;result&gt; start tag; false at &lt;/results&gt;.</summary>
    private static bool NextResult(XmlReader xml)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "result" && xml.NamespaceURI == Namespace)
            {
                return true;
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "results")
            {
                return false;
            }
        }

        return false;
    }

    private static void ReadBindings(XmlReader xml, ResultVariables variables, Term?[] values, string source)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "binding")
            {
                continue;
            }

            var name = xml.GetAttribute("name") ?? throw Error(xml, source, "a <binding> without a name");
            var index = variables.IndexOf(name);
            if (index < 0)
            {
                throw Error(xml, source, $"a binding of '{name}', which is not a variable of the head");
            }

            // Move to the term element inside <binding>.
            do
            {
                xml.Read();
            }
            while (xml.NodeType != XmlNodeType.Element);

            values[index] = xml.LocalName switch
            {
                "uri" => new Iri(xml.ReadElementContentAsString().Trim(XmlWhitespace)),
                "bnode" => new BlankNode(xml.ReadElementContentAsString().Trim(XmlWhitespace)),
                "literal" => Literal(xml),
                _ => throw Error(xml, source, $"<{xml.LocalName}> inside a binding: expected <uri>, <bnode> or <literal>"),
            };
        }
    }

    private static Literal Literal(XmlReader xml)
    {
        var language = xml.GetAttribute("lang", XmlNamespace);
        var datatype = xml.GetAttribute("datatype");
        var text = xml.IsEmptyElement ? string.Empty : xml.ReadElementContentAsString();
        if (!string.IsNullOrEmpty(language))
        {
            return new Literal(text, language);
        }

        return datatype is null ? new Literal(text) : new Literal(text, new Iri(datatype));
    }

    private static void Expect(XmlReader xml, string name, string source)
    {
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != name || xml.NamespaceURI != Namespace)
        {
            throw Error(xml, source, $"<{xml.LocalName}>: expected <{name}> in {Namespace}");
        }
    }

    private static SparqlResultsParseException Error(XmlReader xml, string source, string message)
    {
        var info = xml as IXmlLineInfo;
        return new SparqlResultsParseException(message, source, info?.LineNumber ?? 0, info?.LinePosition ?? 0);
    }
}
