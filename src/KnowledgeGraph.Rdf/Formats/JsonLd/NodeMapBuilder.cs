using System.Globalization;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The Node Map Generation algorithm (JSON-LD 1.1 API §7.2): flattens expanded JSON-LD into
/// graph name → subject → node object, relabelling blank nodes as <c>_:b0</c>, <c>_:b1</c>, …
/// </summary>
public sealed class NodeMapBuilder
{
    private readonly Dictionary<string, string> _relabelled = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>Graph name (<c>@default</c> for the default graph) to subject to node object.</summary>
    public JsonMap NodeMap { get; } = new() { ["@default"] = new JsonMap() };

    /// <summary>A fresh blank node identifier, or the one already given to <paramref name="old"/>.</summary>
    public string BlankNodeId(string? old)
    {
        if (old is not null && _relabelled.TryGetValue(old, out var known))
        {
            return known;
        }

        var id = "_:b" + (_counter++).ToString(CultureInfo.InvariantCulture);
        if (old is not null)
        {
            _relabelled[old] = id;
        }

        return id;
    }

    public void Add(object? element) => Generate(element, "@default", null, null, null);

    private void Generate(object? element, string activeGraph, object? activeSubject, string? activeProperty, JsonMap? list)
    {
        if (element is JsonList array)
        {
            foreach (var item in array)
            {
                Generate(item, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not JsonMap map)
        {
            return;
        }

        if (NodeMap.Get(activeGraph) is not JsonMap graph)
        {
            graph = new JsonMap();
            NodeMap[activeGraph] = graph;
        }

        var subjectNode = activeSubject is string subjectId ? graph.Get(subjectId) as JsonMap : null;
        if (map.TryGetValue("@type", out var types) && types is JsonList typeList)
        {
            for (var i = 0; i < typeList.Count; i++)
            {
                if (typeList[i] is string t && t.StartsWith("_:", StringComparison.Ordinal))
                {
                    typeList[i] = BlankNodeId(t);
                }
            }
        }

        if (map.ContainsKey("@value"))
        {
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty!, map);
            }
            else
            {
                ((JsonList)list["@list"]!).Add(map);
            }

            return;
        }

        if (map.TryGetValue("@list", out var listItems))
        {
            var result = new JsonMap { ["@list"] = new JsonList() };
            Generate(listItems, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                subjectNode!.AddValue(activeProperty!, result);
            }
            else
            {
                ((JsonList)list["@list"]!).Add(result);
            }

            return;
        }

        if (map.TryGetValue("@id", out var idValue) && idValue is null)
        {
            return; // an @id that expanded to nothing (e.g. "@ignoreMe"): the node is dropped, not made blank
        }

        string id;
        if (idValue is string given)
        {
            id = given.StartsWith("_:", StringComparison.Ordinal) ? BlankNodeId(given) : given;
        }
        else
        {
            id = BlankNodeId(null);
        }

        if (graph.Get(id) is not JsonMap node)
        {
            node = new JsonMap { ["@id"] = id };
            graph[id] = node;
        }

        if (activeSubject is JsonMap reverseSubject)
        {
            AddUnique(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new JsonMap { ["@id"] = id };
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty, reference);
            }
            else
            {
                ((JsonList)list["@list"]!).Add(reference);
            }
        }

        if (map.TryGetValue("@type", out var nodeTypes))
        {
            foreach (var t in JsonList.Of(nodeTypes))
            {
                AddUnique(node, "@type", t);
            }
        }

        if (map.TryGetValue("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existing) && !JsonText.DeepEquals(existing, index))
            {
                throw new JsonLdException("conflicting indexes", $"node {id} has two different @index values");
            }

            node["@index"] = index;
        }

        if (map.Get("@reverse") is JsonMap reverseMap)
        {
            var referenced = new JsonMap { ["@id"] = id };
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in JsonList.Of(values))
                {
                    Generate(value, activeGraph, referenced, property, null);
                }
            }
        }

        if (map.TryGetValue("@graph", out var graphValue))
        {
            Generate(graphValue, id, null, null, null);
        }

        if (map.TryGetValue("@included", out var includedValue))
        {
            Generate(includedValue, activeGraph, null, null, null);
        }

        foreach (var property in map.Keys.Order(StringComparer.Ordinal))
        {
            if (JsonLdKeywords.IsKeyword(property))
            {
                continue;
            }

            var name = property.StartsWith("_:", StringComparison.Ordinal) ? BlankNodeId(property) : property;
            if (!node.ContainsKey(name))
            {
                node[name] = new JsonList();
            }

            Generate(map[property], activeGraph, id, name, null);
        }
    }

    private static void AddUnique(JsonMap node, string property, object? value)
    {
        if (node.Get(property) is JsonList values)
        {
            if (!values.Any(v => JsonText.DeepEquals(v, value)))
            {
                values.Add(value);
            }
        }
        else
        {
            node[property] = new JsonList { value };
        }
    }
}
