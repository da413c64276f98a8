namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>
/// Frame matching (JSON-LD 1.1 Framing §4.3) for the supported subset: whether a node of the merged node map
/// matches an expanded frame by <c>@id</c>, by <c>@type</c>, and by its properties (duck typing), all of them
/// with <c>@requireAll</c>, any of them otherwise. A frame with no condition matches every node.
/// </summary>
public sealed class FrameMatcher(IReadOnlyDictionary<string, JsonMap> nodes)
{
    public bool Matches(JsonMap node, JsonMap frame, FrameFlags flags) => Matches(node, frame, flags, depth: 0);

    private bool Matches(JsonMap node, JsonMap frame, FrameFlags flags, int depth)
    {
        // Property conditions may hold node frames, which match the referenced node in turn; a cyclic frame
        // over cyclic data would never end, so nesting is bounded.
        if (depth > 32)
        {
            return false;
        }

        var anyCondition = false;
        var anyMatched = false;
        foreach (var (key, condition) in frame)
        {
            bool matched;
            if (key == "@id")
            {
                var ids = (JsonList)condition!;
                matched = ids.Any(id => id is JsonMap { Count: 0 } || (id is string s && s == node.GetString("@id")));
                if (!flags.RequireAll)
                {
                    // An @id condition decides alone: it is how a frame picks one node.
                    return matched;
                }
            }
            else if (key == "@type")
            {
                var wanted = (JsonList)condition!;
                var types = node.Get("@type") as JsonList ?? [];
                if (wanted.Count == 0)
                {
                    matched = types.Count == 0; // [] matches only untyped nodes
                }
                else if (wanted is [JsonMap { Count: 0 }])
                {
                    matched = types.Count > 0; // {} matches any typed node
                }
                else
                {
                    matched = wanted.Any(w => w is JsonMap withDefault && withDefault.ContainsKey("@default")) || wanted.Any(types.Contains);
                }

                anyCondition = true;
                if (!matched)
                {
                    return false;
                }
            }
            else if (JsonLdKeywords.IsKeyword(key))
            {
                continue;
            }
            else
            {
                anyCondition = true;
                var values = node.Get(key) as JsonList ?? [];
                var subframes = (JsonList)condition!;
                var subframe = subframes.Count > 0 ? (JsonMap)subframes[0]! : null;
                if (values.Count == 0 && subframe is not null && subframe.ContainsKey("@default"))
                {
                    continue; // a missing property with a default does not count against the node
                }

                if (subframe is null)
                {
                    matched = values.Count == 0; // [] : the node must not have the property
                    if (!matched)
                    {
                        return false;
                    }
                }
                else if (IsWildcard(subframe))
                {
                    matched = values.Count > 0;
                }
                else
                {
                    var subflags = FrameFlags.Of(subframe, flags);
                    matched = values.Any(v => v is JsonMap reference && reference.GetString("@id") is { } id
                        && nodes.TryGetValue(id, out var referenced) && Matches(referenced, subframe, subflags, depth + 1));
                }
            }

            if (!matched && flags.RequireAll)
            {
                return false;
            }

            anyMatched |= matched;
        }

        return !anyCondition || anyMatched;
    }

    /// <summary>A frame with only framing flags (no @id, @type or property condition) matches anything.</summary>
    public static bool IsWildcard(JsonMap frame) =>
        frame.Keys.All(k => k is "@embed" or "@explicit" or "@omitDefault" or "@requireAll" or "@default" or "@reverse");
}
