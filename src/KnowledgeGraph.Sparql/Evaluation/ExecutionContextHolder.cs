namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Lets compiled closures reach the execution context, which is created after compilation (the slot count is
/// known only once the whole query is compiled).
/// </summary>
public sealed class ExecutionContextHolder
{
    private ExecutionContext? _context;

    public ExecutionContext Context
    {
        get => _context ?? throw new InvalidOperationException("The plan has not been bound to an execution context.");
        set => _context = value;
    }
}
