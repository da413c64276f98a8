using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The Deserialize JSON-LD to RDF algorithm (JSON-LD 1.1 API §8.1, §8.2, §8.3) over a node map.
/// Generalized RDF is never produced: blank-node predicates and relative IRIs are dropped, as the spec says.
/// </summary>
public sealed class JsonLdToRdf(JsonLdOptions options, Func<string, BlankNode> blankNode)
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";

    private static readonly Iri RdfValue = new(RdfVocabulary.Namespace + "value");
    private static readonly Iri RdfLanguage = new(RdfVocabulary.Namespace + "language");
    private static readonly Iri RdfDirection = new(RdfVocabulary.Namespace + "direction");

    private int _listNodes;

    public IEnumerable<Quad> Quads(JsonMap nodeMap)
    {
        var output = new List<Quad>();
        foreach (var graphName in nodeMap.Keys.Order(StringComparer.Ordinal))
        {
            Term graphTerm;
            if (graphName == "@default")
            {
                graphTerm = DefaultGraph.Instance;
            }
            else if (ToResource(graphName) is { } named)
            {
                graphTerm = named;
            }
            else
            {
                continue;
            }

            var graph = (JsonMap)nodeMap[graphName]!;
            foreach (var subjectId in graph.Keys.Order(StringComparer.Ordinal))
            {
                if (ToResource(subjectId) is not { } subject)
                {
                    continue;
                }

                var node = (JsonMap)graph[subjectId]!;
                foreach (var property in node.Keys.Order(StringComparer.Ordinal))
                {
                    if (property == "@type")
                    {
                        foreach (var type in JsonList.Of(node[property]))
                        {
                            if (type is string t && ToResource(t) is { } typeTerm)
                            {
                                output.Add(new Quad(subject, RdfVocabulary.Type, typeTerm, graphTerm));
                            }
                        }

                        continue;
                    }

                    if (JsonLdKeywords.IsKeyword(property) || property.StartsWith("_:", StringComparison.Ordinal) || !IsWellFormedIri(property))
                    {
                        continue;
                    }

                    var predicate = new Iri(property);
                    foreach (var item in JsonList.Of(node[property]))
                    {
                        var extra = new List<(Term S, Iri P, Term O)>();
                        if (ObjectToRdf(item, extra) is { } obj)
                        {
                            output.Add(new Quad(subject, predicate, obj, graphTerm));
                        }

                        foreach (var (s, p, o) in extra)
                        {
                            output.Add(new Quad(s, p, o, graphTerm));
                        }
                    }
                }
            }
        }

        return output;
    }

    /// <summary>An absolute IRI with allowed characters and at most one '#' (relative or malformed IRIs are dropped, per the spec).</summary>
    private static bool IsWellFormedIri(string iri) =>
        IriSyntax.ValidateAbsolute(iri) is null && iri.IndexOf('#', StringComparison.Ordinal) == iri.LastIndexOf('#');

    private Term? ToResource(string id)
    {
        if (id.StartsWith("_:", StringComparison.Ordinal))
        {
            return id.Length > 2 ? blankNode(id[2..]) : null;
        }

        return IsWellFormedIri(id) ? new Iri(id) : null;
    }

    private Term? ObjectToRdf(object? item, List<(Term, Iri, Term)> extra)
    {
        if (item is not JsonMap map)
        {
            return null;
        }

        if (!map.ContainsKey("@value") && !map.ContainsKey("@list"))
        {
            return map.Get("@id") is string id ? ToResource(id) : null;
        }

        if (map.TryGetValue("@list", out var list))
        {
            return ListToRdf((JsonList)list!, extra);
        }

        var value = map["@value"];
        var datatype = map.GetString("@type");
        if (datatype is not null && datatype != "@json" && !IsWellFormedIri(datatype))
        {
            return null;
        }

        var language = map.GetString("@language");
        if (language is not null && !LanguageTag.IsWellFormed(language))
        {
            return null;
        }

        string lexical;
        if (datatype == "@json")
        {
            lexical = JsonText.Canonical(value);
            datatype = RdfVocabulary.Json.Value;
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= Xsd.BooleanIri;
        }
        else if (value is double d && (!JsonNumbers.IsIntegral(d) || datatype == Xsd.DoubleIri))
        {
            lexical = JsonNumbers.ToXsdDouble(d);
            datatype ??= Xsd.DoubleIri;
        }
        else if (value is double integral)
        {
            lexical = JsonNumbers.ToXsdInteger(integral);
            datatype ??= Xsd.IntegerIri;
        }
        else if (value is string s)
        {
            lexical = s;
            datatype ??= language is not null ? RdfVocabulary.LangStringIri : Xsd.StringIri;
        }
        else
        {
            return null;
        }

        var direction = map.GetString("@direction");
        if (direction is not null && options.RdfDirection == "i18n-datatype")
        {
            return new Literal(lexical, new Iri(I18nNamespace + (language ?? string.Empty).ToLowerInvariant() + "_" + direction));
        }

        if (direction is not null && options.RdfDirection == "compound-literal")
        {
            var node = blankNode("cl" + (_listNodes++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            extra.Add((node, RdfValue, new Literal(lexical)));
            if (language is not null)
            {
                extra.Add((node, RdfLanguage, new Literal(language.ToLowerInvariant())));
            }

            extra.Add((node, RdfDirection, new Literal(direction)));
            return node;
        }

        if (language is not null && datatype == RdfVocabulary.LangStringIri)
        {
            return new Literal(lexical, language);
        }

        return datatype == RdfVocabulary.LangStringIri ? null : new Literal(lexical, new Iri(datatype));
    }

    private Term ListToRdf(JsonList list, List<(Term, Iri, Term)> extra)
    {
        if (list.Count == 0)
        {
            return RdfVocabulary.Nil;
        }

        var nodes = new BlankNode[list.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = blankNode("l" + (_listNodes++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var embedded = new List<(Term, Iri, Term)>();
            if (ObjectToRdf(list[i], embedded) is { } obj)
            {
                extra.Add((nodes[i], RdfVocabulary.First, obj));
            }

            extra.Add((nodes[i], RdfVocabulary.Rest, i + 1 < nodes.Length ? nodes[i + 1] : RdfVocabulary.Nil));
            extra.AddRange(embedded);
        }

        return nodes[0];
    }
}
