namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Thrown by an <see cref="ISparqlUpdateRunner"/> that can tell the data changed between a mutation's validation reads
/// and its write; nothing was written, and the service plans and validates the mutation again.
/// </summary>
public sealed class WriteConflictException(string message) : Exception(message);
