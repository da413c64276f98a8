namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A visitor over the algebra operators (one method per operator type).</summary>
public interface IOperatorVisitor<out TResult>
{
    TResult Visit(Bgp op);

    TResult Visit(PathPattern op);

    TResult Visit(Join op);

    TResult Visit(LeftJoin op);

    TResult Visit(Filter op);

    TResult Visit(Union op);

    TResult Visit(Minus op);

    TResult Visit(Graph op);

    TResult Visit(Extend op);

    TResult Visit(Group op);

    TResult Visit(OrderBy op);

    TResult Visit(Project op);

    TResult Visit(Distinct op);

    TResult Visit(Reduced op);

    TResult Visit(Slice op);

    TResult Visit(Table op);

    TResult Visit(Service op);
}
