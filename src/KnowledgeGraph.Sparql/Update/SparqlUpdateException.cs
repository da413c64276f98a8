namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// An update operation failed (a graph that must exist does not, CREATE of an existing graph, LOAD refused or
/// unreadable, a dataset conflict); the request was rolled back as a whole. <see cref="OperationIndex"/> is the
/// 0-based position of the failing operation, or -1 for the request as a whole.
/// </summary>
public sealed class SparqlUpdateException : Exception
{
    public SparqlUpdateException(string message, int operationIndex, Exception? inner = null)
        : base(operationIndex >= 0 ? $"operation {operationIndex + 1}: {message}" : message, inner)
    {
        OperationIndex = operationIndex;
    }

    public int OperationIndex { get; }
}
