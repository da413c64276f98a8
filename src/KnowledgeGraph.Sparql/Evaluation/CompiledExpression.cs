using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>An expression compiled to a closure over a row; null is an error (or unbound).</summary>
public delegate Term? CompiledExpression(Term?[] row, ActiveGraph graph);
