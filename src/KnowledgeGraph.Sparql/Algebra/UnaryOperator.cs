namespace KnowledgeGraph.Sparql.Algebra;

public enum UnaryOperator
{
    Not,
    Plus,
    Minus,
}
