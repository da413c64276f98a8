namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>
/// The Framing algorithm (JSON-LD 1.1 Framing §4.1) over a merged node map: picks the nodes the frame matches
/// and writes each with its properties, embedding referenced nodes by <c>@embed</c> (once, always without
/// cycles, or never), keeping only the frame's properties when <c>@explicit</c>, and adding nodes that point
/// at it through <c>@reverse</c> frames. Output is expanded JSON-LD, in @id order and property order, as the spec
/// orders it. <c>@default</c> values are added after compaction by <see cref="JsonLdFraming"/>.
/// </summary>
public sealed class Framer
{
    private readonly IReadOnlyDictionary<string, JsonMap> _nodes;
    private readonly FrameMatcher _matcher;
    private readonly HashSet<string> _embeddedOnce = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];
    private Dictionary<string, List<(string Subject, string Property)>>? _referrers;

    /// <param name="nodes">The merged node map: node @id to node object (values expanded, references as {"@id"}).</param>
    public Framer(IReadOnlyDictionary<string, JsonMap> nodes)
    {
        _nodes = nodes;
        _matcher = new FrameMatcher(nodes);
    }

    /// <summary>Every node <paramref name="frame"/> matches, framed, in @id order.</summary>
    public JsonList Frame(JsonMap frame, FrameFlags defaults)
    {
        var output = new JsonList();
        FrameSubjects(_nodes.Keys.Order(StringComparer.Ordinal), frame, defaults, output);
        return output;
    }

    /// <summary>Merges the graphs of a node map (graph name to node map) into one, as framing's <c>@merged</c> graph does.</summary>
    public static Dictionary<string, JsonMap> MergeGraphs(JsonMap nodeMap)
    {
        var merged = new Dictionary<string, JsonMap>(StringComparer.Ordinal);
        foreach (var (_, graph) in nodeMap)
        {
            foreach (var (id, value) in (JsonMap)graph!)
            {
                var node = (JsonMap)value!;
                if (!merged.TryGetValue(id, out var target))
                {
                    target = new JsonMap { ["@id"] = id };
                    merged[id] = target;
                }

                foreach (var (property, values) in node)
                {
                    if (property is "@id" or "@graph")
                    {
                        continue; // framing writes the merged graph, not the graph objects
                    }

                    if (property != "@type" && JsonLdKeywords.IsKeyword(property))
                    {
                        target[property] = JsonText.Clone(values);
                        continue;
                    }

                    foreach (var item in JsonList.Of(values))
                    {
                        if (target.Get(property) is not JsonList existing)
                        {
                            existing = [];
                            target[property] = existing;
                        }

                        if (!existing.Any(e => JsonText.DeepEquals(e, item)))
                        {
                            existing.Add(JsonText.Clone(item));
                        }
                    }
                }
            }
        }

        return merged;
    }

    private void FrameSubjects(IEnumerable<string> subjects, JsonMap frame, FrameFlags inherited, JsonList parent)
    {
        var flags = FrameFlags.Of(frame, inherited);
        foreach (var id in subjects)
        {
            if (!_nodes.TryGetValue(id, out var node) || !_matcher.Matches(node, frame, flags))
            {
                continue;
            }

            // Where the node is not embedded it is written as a node reference.
            if (flags.Embed == EmbedMode.Never
                || (flags.Embed == EmbedMode.Once && _embeddedOnce.Contains(id))
                || (flags.Embed == EmbedMode.Always && _stack.Contains(id)))
            {
                parent.Add(new JsonMap { ["@id"] = id });
                continue;
            }

            _embeddedOnce.Add(id);
            _stack.Add(id);
            parent.Add(WriteNode(id, node, frame, flags));
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private JsonMap WriteNode(string id, JsonMap node, JsonMap frame, FrameFlags flags)
    {
        var output = new JsonMap { ["@id"] = id };
        foreach (var property in node.Keys.Where(k => k != "@id").Order(StringComparer.Ordinal))
        {
            var values = node[property];
            if (JsonLdKeywords.IsKeyword(property))
            {
                output[property] = JsonText.Clone(values);
                continue;
            }

            if (flags.Explicit && !frame.ContainsKey(property))
            {
                continue;
            }

            var subframe = frame.Get(property) is JsonList { Count: > 0 } given ? (JsonMap)given[0]! : flags.ImplicitFrame();
            var written = new JsonList();
            foreach (var item in JsonList.Of(values))
            {
                if (item is JsonMap list && list.TryGetValue("@list", out var members))
                {
                    // List members are written as they are, node references included, to keep the list order intact.
                    written.Add(new JsonMap { ["@list"] = JsonText.Clone(members) });
                }
                else if (item is JsonMap reference && reference.Count == 1 && reference.GetString("@id") is { } referenced)
                {
                    FrameSubjects([referenced], subframe, flags, written);
                }
                else
                {
                    written.Add(JsonText.Clone(item));
                }
            }

            if (written.Count > 0)
            {
                output[property] = written;
            }
        }

        if (frame.Get("@reverse") is JsonMap reverseFrames)
        {
            var reverse = new JsonMap();
            foreach (var property in reverseFrames.Keys.Order(StringComparer.Ordinal))
            {
                var subframes = (JsonList)reverseFrames[property]!;
                var subframe = subframes.Count > 0 ? (JsonMap)subframes[0]! : flags.ImplicitFrame();
                var referrers = Referrers(id).Where(r => r.Property == property).Select(r => r.Subject).Distinct().Order(StringComparer.Ordinal);
                var written = new JsonList();
                FrameSubjects(referrers, subframe, flags, written);
                if (written.Count > 0)
                {
                    reverse[property] = written;
                }
            }

            if (reverse.Count > 0)
            {
                output["@reverse"] = reverse;
            }
        }

        return output;
    }

    /// <summary>The (subject, property) pairs whose value is a reference to <paramref name="id"/>; indexed on first use.</summary>
    private IEnumerable<(string Subject, string Property)> Referrers(string id)
    {
        if (_referrers is null)
        {
            _referrers = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
            foreach (var (subject, node) in _nodes)
            {
                foreach (var (property, values) in node)
                {
                    if (JsonLdKeywords.IsKeyword(property))
                    {
                        continue;
                    }

                    foreach (var item in JsonList.Of(values))
                    {
                        if (item is JsonMap reference && reference.Count == 1 && reference.GetString("@id") is { } target)
                        {
                            if (!_referrers.TryGetValue(target, out var list))
                            {
                                list = [];
                                _referrers[target] = list;
                            }

                            list.Add((subject, property));
                        }
                    }
                }
            }
        }

        return _referrers.TryGetValue(id, out var found) ? found : [];
    }
}
