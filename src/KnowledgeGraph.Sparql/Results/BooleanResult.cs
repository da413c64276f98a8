namespace KnowledgeGraph.Sparql.Results;

/// <summary>An ASK result.</summary>
public sealed class BooleanResult : QueryResult
{
    public BooleanResult(bool value)
    {
        Value = value;
    }

    public static BooleanResult True { get; } = new(true);

    public static BooleanResult False { get; } = new(false);

    public bool Value { get; }

    public override string ToString() => Value ? "true" : "false";
}
