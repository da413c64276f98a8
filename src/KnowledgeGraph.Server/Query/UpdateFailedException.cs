namespace KnowledgeGraph.Server.Query;

/// <summary>An update that parsed but could not be carried out (a failing operation, a refused LOAD); nothing was written.</summary>
public sealed class UpdateFailedException(string message, Exception inner) : Exception(message, inner);
