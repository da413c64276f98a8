namespace KnowledgeGraph.Domain.Shacl;

/// <summary>The shapes graph is malformed (an ill-formed path, a non-integer sh:minCount, a broken list...).</summary>
public sealed class ShapesGraphException(string message) : Exception(message);
