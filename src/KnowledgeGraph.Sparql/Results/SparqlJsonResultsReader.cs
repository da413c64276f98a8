using System.Text.Json;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads "SPARQL 1.1 Query Results JSON Format": <c>head.vars</c> with <c>results.bindings</c>, or
/// <c>boolean</c>. Also accepts the pre-1.1 <c>typed-literal</c> type. The members of the top object may
/// come in any order (JSON objects are unordered), so the document is parsed whole before the rows are built.
/// Blank-node labels are kept as written.
/// </summary>
public static class SparqlJsonResultsReader
{
    public static QueryResult Read(TextReader input, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.ReadToEnd(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new SparqlResultsParseException(e.Message, sourceName, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, e);
        }
        catch (ArgumentException e)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be JSON.
            throw new SparqlResultsParseException("the text is not valid Unicode: " + e.Message, sourceName, 0, 0, e);
        }

        using (document)
        {
            return ReadRoot(document.RootElement, sourceName);
        }
    }

    private static QueryResult ReadRoot(JsonElement root, string? sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, $"the document is a JSON {Describe(root.ValueKind)}: expected an object with \"head\"");
        }

        if (root.TryGetProperty("boolean", out var boolean))
        {
            return boolean.ValueKind switch
            {
                JsonValueKind.True => BooleanResult.True,
                JsonValueKind.False => BooleanResult.False,
                _ => throw Error(sourceName, $"\"boolean\" is a JSON {Describe(boolean.ValueKind)}: expected true or false"),
            };
        }

        if (!root.TryGetProperty("head", out var head) || head.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, "no \"head\" object");
        }

        var names = new List<string>();
        if (head.TryGetProperty("vars", out var vars))
        {
            if (vars.ValueKind != JsonValueKind.Array)
            {
                throw Error(sourceName, "\"head.vars\" is not an array");
            }

            foreach (var v in vars.EnumerateArray())
            {
                var name = v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Error(sourceName, "\"head.vars\" holds a non-string");
                if (ResultVariables.Problem(name) is { } problem)
                {
                    throw Error(sourceName, "\"head.vars\": " + problem);
                }

                if (names.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(sourceName, $"the variable '{name}' appears twice in \"head.vars\"");
                }

                names.Add(name);
            }
        }

        var variables = new ResultVariables(names);
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, "no \"results\" object and no \"boolean\"");
        }

        if (!results.TryGetProperty("bindings", out var bindings) || bindings.ValueKind != JsonValueKind.Array)
        {
            throw Error(sourceName, "no \"results.bindings\" array");
        }

        var rows = new List<SolutionRow>(bindings.GetArrayLength());
        var rowNumber = 0;
        foreach (var binding in bindings.EnumerateArray())
        {
            rowNumber++;
            if (binding.ValueKind != JsonValueKind.Object)
            {
                throw Error(sourceName, $"binding {rowNumber} is not an object");
            }

            var values = new Term?[variables.Count];
            foreach (var member in binding.EnumerateObject())
            {
                var index = variables.IndexOf(member.Name);
                if (index < 0)
                {
                    throw Error(sourceName, $"binding {rowNumber} binds '{member.Name}', which is not in \"head.vars\" ({variables})");
                }

                values[index] = ReadTerm(member.Value, sourceName, rowNumber, member.Name);
            }

            rows.Add(new SolutionRow(variables, values));
        }

        return new SolutionSequence(variables, rows);
    }

    private static Term ReadTerm(JsonElement term, string? sourceName, int rowNumber, string variable)
    {
        var where = $"binding {rowNumber}, variable '{variable}'";
        if (term.ValueKind != JsonValueKind.Object)
        {
            throw Error(sourceName, $"{where}: the value is a JSON {Describe(term.ValueKind)}, expected an object with \"type\" and \"value\"");
        }

        var type = StringMember(term, "type", sourceName, where) ?? throw Error(sourceName, $"{where}: no \"type\"");
        var value = StringMember(term, "value", sourceName, where) ?? throw Error(sourceName, $"{where}: no \"value\"");
        switch (type)
        {
            case "uri":
                return new Iri(value);
            case "bnode":
                return value.Length > 0 ? new BlankNode(value) : throw Error(sourceName, $"{where}: a bnode with an empty label");
            case "literal":
            case "typed-literal":
                var language = StringMember(term, "xml:lang", sourceName, where);
                var datatype = StringMember(term, "datatype", sourceName, where);
                if (!string.IsNullOrEmpty(language))
                {
                    return new Literal(value, language);
                }

                if (datatype == RdfVocabulary.LangStringIri)
                {
                    throw Error(sourceName, $"{where}: an rdf:langString literal without \"xml:lang\"");
                }

                return datatype is null ? new Literal(value) : new Literal(value, new Iri(datatype));
            default:
                throw Error(sourceName, $"{where}: unknown type \"{type}\", expected uri, literal or bnode");
        }
    }

    private static string? StringMember(JsonElement obj, string name, string? sourceName, string where)
    {
        if (!obj.TryGetProperty(name, out var member))
        {
            return null;
        }

        return member.ValueKind == JsonValueKind.String
            ? member.GetString()
            : throw Error(sourceName, $"{where}: \"{name}\" is a JSON {Describe(member.ValueKind)}, expected a string");
    }

    private static string Describe(JsonValueKind kind) => kind.ToString().ToLowerInvariant();

    private static SparqlResultsParseException Error(string? sourceName, string description) => new(description, sourceName, 0, 0);
}
