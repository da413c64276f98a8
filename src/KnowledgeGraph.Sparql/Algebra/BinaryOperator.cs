namespace KnowledgeGraph.Sparql.Algebra;

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}
