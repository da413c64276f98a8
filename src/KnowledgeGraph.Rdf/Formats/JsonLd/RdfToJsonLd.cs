using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The Serialize RDF as JSON-LD algorithm (JSON-LD 1.1 API §8.4, §8.5): quads to expanded JSON-LD,
/// with well-formed rdf:first/rdf:rest chains of blank nodes turned back into <c>@list</c>.
/// Graphs and subjects come out in code-point order, so the output does not depend on input order.
/// </summary>
public sealed class RdfToJsonLd(JsonLdOptions options)
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private const string RdfNil = RdfVocabulary.Namespace + "nil";
    private const string RdfFirst = RdfVocabulary.Namespace + "first";
    private const string RdfRest = RdfVocabulary.Namespace + "rest";
    private const string RdfList = RdfVocabulary.Namespace + "List";
    private const string RdfValue = RdfVocabulary.Namespace + "value";
    private const string RdfLanguage = RdfVocabulary.Namespace + "language";
    private const string RdfDirection = RdfVocabulary.Namespace + "direction";

    /// <summary>Where a node is used as an object: the using node, the property, and the value object.</summary>
    private sealed record Usage(JsonMap Node, string Property, JsonMap Value);

    public JsonList Serialize(IEnumerable<Quad> quads)
    {
        var graphMap = new Dictionary<string, Dictionary<string, JsonMap>>(StringComparer.Ordinal);
        var defaultGraph = new Dictionary<string, JsonMap>(StringComparer.Ordinal);
        graphMap["@default"] = defaultGraph;
        var nilUsages = new Dictionary<string, List<Usage>>(StringComparer.Ordinal);
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var compoundLiterals = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        var seen = new HashSet<Quad>();
        foreach (var quad in quads)
        {
            if (!seen.Add(quad))
            {
                continue; // an RDF dataset is a set: a repeated quad is not a second reference to a list node
            }

            var name = quad.InDefaultGraph ? "@default" : Id(quad.Graph);
            if (!graphMap.TryGetValue(name, out var nodeMap))
            {
                nodeMap = new Dictionary<string, JsonMap>(StringComparer.Ordinal);
                graphMap[name] = nodeMap;
            }

            if (name != "@default" && !defaultGraph.ContainsKey(name))
            {
                defaultGraph[name] = new JsonMap { ["@id"] = name };
            }

            var subject = Id(quad.Subject);
            var node = GetOrAdd(nodeMap, subject);
            var predicate = quad.Predicate.Value;
            var objectIsResource = quad.Obj is Iri or BlankNode;
            if (objectIsResource)
            {
                GetOrAdd(nodeMap, Id(quad.Obj));
            }

            if (predicate == RdfVocabulary.Type.Value && !options.UseRdfType && objectIsResource)
            {
                AddUnique(node, "@type", Id(quad.Obj));
                continue;
            }

            var value = ToObject(quad.Obj);
            if (node.Get(predicate) is not JsonList values)
            {
                values = [];
                node[predicate] = values;
            }

            // Quads are distinct, so only native types (where "1" and "01" both become 1) can repeat a value.
            var existing = options.UseNativeTypes ? values.OfType<JsonMap>().FirstOrDefault(v => JsonText.DeepEquals(v, value)) : null;
            if (existing is null)
            {
                values.Add(value);
            }
            else
            {
                value = existing;
            }

            if (objectIsResource)
            {
                var objectId = Id(quad.Obj);
                if (objectId == RdfNil)
                {
                    var key = name;
                    if (!nilUsages.TryGetValue(key, out var usages))
                    {
                        usages = [];
                        nilUsages[key] = usages;
                    }

                    usages.Add(new Usage(node, predicate, value));
                }
                else
                {
                    var onceKey = objectId;
                    if (referencedOnce.ContainsKey(onceKey))
                    {
                        referencedOnce[onceKey] = null;
                    }
                    else if (quad.Obj is BlankNode)
                    {
                        referencedOnce[onceKey] = new Usage(node, predicate, value);
                    }
                }
            }

            if (options.RdfDirection == "compound-literal" && predicate == RdfDirection)
            {
                if (!compoundLiterals.TryGetValue(name, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    compoundLiterals[name] = set;
                }

                set.Add(subject);
            }
        }

        foreach (var (name, graph) in graphMap)
        {
            if (compoundLiterals.TryGetValue(name, out var literals))
            {
                FoldCompoundLiterals(graph, literals);
            }

            if (nilUsages.TryGetValue(name, out var usages))
            {
                FoldLists(graph, usages, referencedOnce);
            }
        }

        var result = new JsonList();
        foreach (var subject in defaultGraph.Keys.Order(StringComparer.Ordinal))
        {
            var node = defaultGraph[subject];
            if (graphMap.TryGetValue(subject, out var graph) && subject != "@default")
            {
                var nodes = new JsonList();
                foreach (var inner in graph.Keys.Order(StringComparer.Ordinal))
                {
                    var n = graph[inner];
                    if (!(n.Count == 1 && n.ContainsKey("@id")))
                    {
                        nodes.Add(n);
                    }
                }

                node["@graph"] = nodes;
            }

            if (!(node.Count == 1 && node.ContainsKey("@id")))
            {
                result.Add(node);
            }
        }

        return result;
    }

    private static void FoldLists(Dictionary<string, JsonMap> graph, List<Usage> usages, Dictionary<string, Usage?> referencedOnce)
    {
        foreach (var usage in usages)
        {
            var node = usage.Node;
            var property = usage.Property;
            var head = usage.Value;
            var list = new JsonList();
            var listNodes = new List<string>();
            while (property == RdfRest && node.Get("@id") is string nodeId && nodeId.StartsWith("_:", StringComparison.Ordinal)
                && referencedOnce.TryGetValue(nodeId, out var once) && once is not null && IsListNode(node))
            {
                list.Add(((JsonList)node[RdfFirst]!)[0]);
                listNodes.Add(nodeId);
                node = once.Node;
                property = once.Property;
                head = once.Value;
                if (node.Get("@id") is string next && !next.StartsWith("_:", StringComparison.Ordinal))
                {
                    break;
                }
            }

            head.Remove("@id");
            list.Reverse();
            head["@list"] = list;
            foreach (var id in listNodes)
            {
                graph.Remove(id);
            }
        }
    }

    private static bool IsListNode(JsonMap node)
    {
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case "@id":
                    break;
                case RdfFirst or RdfRest:
                    if (value is not JsonList { Count: 1 })
                    {
                        return false;
                    }

                    break;
                case "@type":
                    if (value is not JsonList { Count: 1 } types || types[0] as string != RdfList)
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return node.ContainsKey(RdfFirst) && node.ContainsKey(RdfRest);
    }

    private static void FoldCompoundLiterals(Dictionary<string, JsonMap> graph, HashSet<string> literals)
    {
        foreach (var cl in literals)
        {
            if (!graph.TryGetValue(cl, out var entry))
            {
                continue;
            }

            var value = (entry.Get(RdfValue) as JsonList)?.FirstOrDefault() as JsonMap;
            var language = (entry.Get(RdfLanguage) as JsonList)?.FirstOrDefault() as JsonMap;
            var direction = (entry.Get(RdfDirection) as JsonList)?.FirstOrDefault() as JsonMap;
            foreach (var node in graph.Values)
            {
                foreach (var (_, values) in node)
                {
                    if (values is not JsonList items)
                    {
                        continue;
                    }

                    foreach (var item in items.OfType<JsonMap>())
                    {
                        if (item.Get("@id") as string != cl)
                        {
                            continue;
                        }

                        item.Remove("@id");
                        item["@value"] = value?.Get("@value");
                        if (language?.Get("@value") is string lang)
                        {
                            item["@language"] = lang;
                        }

                        if (direction?.Get("@value") is string dir)
                        {
                            item["@direction"] = dir;
                        }
                    }
                }
            }

            graph.Remove(cl);
        }
    }

    private static JsonMap GetOrAdd(Dictionary<string, JsonMap> nodeMap, string id)
    {
        if (!nodeMap.TryGetValue(id, out var node))
        {
            node = new JsonMap { ["@id"] = id };
            nodeMap[id] = node;
        }

        return node;
    }

    private static void AddUnique(JsonMap node, string key, string value)
    {
        if (node.Get(key) is not JsonList values)
        {
            values = [];
            node[key] = values;
        }

        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }

    private static string Id(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode b => "_:" + b.Label,
        _ => throw new ArgumentException($"{term} cannot be a subject or graph name in JSON-LD", nameof(term)),
    };

    /// <summary>RDF to Object Conversion (§8.5).</summary>
    private JsonMap ToObject(Term term)
    {
        if (term is not Literal literal)
        {
            return new JsonMap { ["@id"] = Id(term) };
        }

        string? language = null;
        string? direction = null;
        object? converted = literal.LexicalForm;
        string? type = null;
        var datatype = literal.Datatype.Value;
        if (options.UseNativeTypes && datatype is Xsd.StringIri or Xsd.BooleanIri or Xsd.IntegerIri or Xsd.DoubleIri)
        {
            switch (datatype)
            {
                case Xsd.BooleanIri when literal.LexicalForm is "true" or "false" or "1" or "0":
                    converted = literal.LexicalForm is "true" or "1";
                    break;
                case Xsd.IntegerIri when IsInteger(literal.LexicalForm) && double.TryParse(literal.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i):
                    converted = i;
                    break;
                case Xsd.DoubleIri when double.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                    converted = d;
                    break;
                case Xsd.StringIri:
                    break;
                default:
                    type = datatype;
                    break;
            }
        }
        else if (options.ProcessingMode != JsonLdProcessingMode.JsonLd10 && datatype == RdfVocabulary.Json.Value)
        {
            try
            {
                converted = JsonText.Parse(literal.LexicalForm);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException("invalid JSON literal", $"{literal} is not valid JSON: {e.Detail}");
            }

            type = "@json";
        }
        else if (datatype.StartsWith(I18nNamespace, StringComparison.Ordinal) && options.RdfDirection == "i18n-datatype")
        {
            var suffix = datatype[I18nNamespace.Length..];
            var underscore = suffix.IndexOf('_', StringComparison.Ordinal);
            if (underscore > 0)
            {
                language = suffix[..underscore];
            }

            if (underscore >= 0 && underscore + 1 < suffix.Length)
            {
                direction = suffix[(underscore + 1)..];
            }
        }
        else if (literal.Language is not null)
        {
            language = literal.Language;
        }
        else if (datatype != Xsd.StringIri)
        {
            type = datatype;
        }

        // @value first: the order people expect to read, and the one the spec's examples use.
        var result = new JsonMap { ["@value"] = converted };
        if (type is not null)
        {
            result["@type"] = type;
        }

        if (language is not null)
        {
            result["@language"] = language;
        }

        if (direction is not null)
        {
            result["@direction"] = direction;
        }

        return result;
    }

    private static bool IsInteger(string s)
    {
        var span = s.AsSpan();
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
