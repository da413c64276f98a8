namespace KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

/// <summary>How a matched node is written where it is referenced (JSON-LD 1.1 Framing, <c>@embed</c>).</summary>
public enum EmbedMode
{
    /// <summary><c>@once</c> (the default): embedded the first time it is met, a node reference everywhere after.</summary>
    Once,

    /// <summary><c>@always</c>: embedded everywhere, except where that would make a cycle.</summary>
    Always,

    /// <summary><c>@never</c>: always a node reference.</summary>
    Never,
}
