namespace KnowledgeGraph.Server.Query;

/// <summary>The part of SPARQL asked for is not in this build (answered with 501 Not Implemented).</summary>
public sealed class EngineUnavailableException(string message) : Exception(message);
