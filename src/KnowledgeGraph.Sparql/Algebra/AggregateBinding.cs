namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An aggregate computed per group and bound to a (generated) variable, e.g. <c>?.0 = COUNT(?x)</c>.</summary>
public sealed record AggregateBinding(Variable Variable, AggregateExpression Aggregate);
