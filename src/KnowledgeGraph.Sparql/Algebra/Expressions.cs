using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A variable reference.</summary>
public sealed record VariableExpression(Variable Variable) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary>A constant RDF term (IRI or literal).</summary>
public sealed record ConstantExpression(Term Value) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary><c>!e</c>, <c>+e</c>, <c>-e</c>.</summary>
public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary>Logical, relational and arithmetic binary operators.</summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary><c>e IN (list)</c> and, with <see cref="Negated"/>, <c>e NOT IN (list)</c>.</summary>
public sealed record InExpression(Expression Operand, ValueArray<Expression> List, bool Negated) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary>A call of a builtin function of section 17.4 (IRI/URI, isIRI/isURI are the same function).</summary>
public sealed record FunctionCallExpression(BuiltinFunction Function, ValueArray<Expression> Arguments) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary>
/// A call of an IRI-named function: an extension function or an XSD cast (<c>xsd:integer(?x)</c>).
/// <see cref="Distinct"/> is the DISTINCT an ArgList may carry (custom aggregates).
/// </summary>
public sealed record ExtensionFunctionExpression(Iri Function, ValueArray<Expression> Arguments, bool Distinct = false) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary><c>EXISTS { pattern }</c> and, with <see cref="Negated"/>, <c>NOT EXISTS</c>.</summary>
public sealed record ExistsExpression(Operator Pattern, bool Negated) : Expression
{
    public override string ToString() => base.ToString();
}

/// <summary>
/// An aggregate: <see cref="Argument"/> is null only for <c>COUNT(*)</c>; <see cref="Separator"/> is
/// GROUP_CONCAT's (null: a single space). In the algebra an aggregate lives in
/// <see cref="Group.Aggregates"/>; the expressions that used it reference its variable.
/// </summary>
public sealed record AggregateExpression(AggregateFunction Function, bool Distinct, Expression? Argument, string? Separator = null) : Expression
{
    public override string ToString() => base.ToString();
}
