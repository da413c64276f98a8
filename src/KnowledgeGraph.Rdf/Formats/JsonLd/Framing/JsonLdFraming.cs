using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>
/// The JSON-LD 1.1 Framing API's <c>frame</c> for the subset this library supports (see <see cref="FrameExpander"/>):
/// expand the input, merge its graphs into one node map, frame it (<see cref="Framer"/>), prune blank node
/// identifiers used once, compact with the frame's context (one match is the top object, several go under
/// <c>@graph</c>), then write <c>@default</c>s for frame properties a node lacks unless <c>@omitDefault</c>.
/// </summary>
public static class JsonLdFraming
{
    /// <summary>Frames a parsed JSON-LD document (<paramref name="input"/>) with a parsed frame document.</summary>
    public static JsonMap Frame(object? input, object? frame, JsonLdFramingOptions? options = null)
    {
        options ??= new JsonLdFramingOptions();
        if (frame is not JsonMap frameMap)
        {
            throw new JsonLdException("invalid frame", $"a frame must be a JSON object, found {JsonText.Canonical(frame)}");
        }

        var jsonLd = options.JsonLd;
        var expanded = JsonLdProcessor.Expand(input, jsonLd);
        var nodeMap = new NodeMapBuilder();
        nodeMap.Add(expanded);
        var nodes = Framer.MergeGraphs(nodeMap.NodeMap);

        var contexts = new ContextProcessor(jsonLd);
        var context = frameMap.Get("@context");
        var active = contexts.Process(new ActiveContext(jsonLd.BaseIri, jsonLd.ProcessingMode), JsonText.Clone(context), jsonLd.BaseIri);
        var expandedFrame = new FrameExpander(contexts).Expand(active, frameMap);

        var framed = new Framer(nodes).Frame(expandedFrame, options.Defaults);
        if (options.PruneBlankNodeIdentifiers)
        {
            PruneBlankNodeIdentifiers(framed);
        }

        var compacted = new Compactor(contexts).CompactDocument(framed, context);
        if (compacted.Get("@graph") is JsonList several)
        {
            AddDefaults(several, frameMap, options.Defaults);
        }
        else
        {
            AddDefaults(compacted, frameMap, options.Defaults);
        }

        return compacted;
    }

    /// <summary>Frames quads (serialized to JSON-LD first, native types off so literals keep their datatypes).</summary>
    public static JsonMap Frame(IEnumerable<Quad> quads, object? frame, JsonLdFramingOptions? options = null)
    {
        options ??= new JsonLdFramingOptions();
        return Frame(JsonLdProcessor.FromRdf(quads, options.JsonLd), frame, options);
    }

    /// <summary>Frames quads and writes the result as indented JSON text.</summary>
    public static string FrameToText(IEnumerable<Quad> quads, object? frame, JsonLdFramingOptions? options = null) =>
        JsonText.ToIndentedString(Frame(quads, frame, options));

    /// <summary>
    /// Writes <c>@default</c> (or null) for each property of the frame that an embedded node lacks, unless
    /// <c>@omitDefault</c>. Works on the compacted output with the frame's own keys, so a property the compactor
    /// wrote under a different name than the frame's (a value the term's coercion does not fit) is not matched.
    /// </summary>
    private static void AddDefaults(object? output, JsonMap frame, FrameFlags inherited)
    {
        if (output is JsonList list)
        {
            foreach (var item in list)
            {
                AddDefaults(item, frame, inherited);
            }

            return;
        }

        if (output is not JsonMap node || node.ContainsKey("@value") || node.Keys.All(k => k is "@id" or "@context"))
        {
            return; // a value, or a node reference: nothing was embedded here
        }

        var omitDefault = frame.Get("@omitDefault") as bool? ?? inherited.OmitDefault;
        var flags = inherited with { OmitDefault = omitDefault };
        foreach (var (key, value) in frame)
        {
            if (key.StartsWith('@'))
            {
                continue;
            }

            var subframe = value as JsonMap ?? (value as JsonList is { Count: > 0 } l ? l[0] as JsonMap : null);
            if (node.TryGetValue(key, out var present))
            {
                if (subframe is not null)
                {
                    AddDefaults(present, subframe, flags);
                }

                continue;
            }

            var omit = subframe?.Get("@omitDefault") as bool? ?? omitDefault;
            if (!omit)
            {
                var fallback = subframe is not null && subframe.TryGetValue("@default", out var given) ? given : null;
                node[key] = fallback is "@null" ? null : JsonText.Clone(fallback);
            }
        }
    }

    private static void PruneBlankNodeIdentifiers(JsonList framed)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(framed, map =>
        {
            if (map.GetString("@id") is { } id && id.StartsWith("_:", StringComparison.Ordinal))
            {
                uses[id] = uses.GetValueOrDefault(id) + 1;
            }
        });
        Walk(framed, map =>
        {
            if (map.Count > 1 && map.GetString("@id") is { } id && uses.GetValueOrDefault(id) == 1)
            {
                map.Remove("@id");
            }
        });
    }

    private static void Walk(object? element, Action<JsonMap> visit)
    {
        switch (element)
        {
            case JsonList list:
                foreach (var item in list)
                {
                    Walk(item, visit);
                }

                break;
            case JsonMap map:
                visit(map);
                foreach (var value in map.Values.ToList())
                {
                    Walk(value, visit);
                }

                break;
        }
    }
}
