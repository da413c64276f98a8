namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A parsed update request: its operations in order (executed atomically as one request).</summary>
public sealed record UpdateRequest(ValueArray<UpdateOperation> Operations, Prologue Prologue)
{
    public override string ToString() => SsePrinter.Print(this);
}
