using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// What the plan compiler needs, with the optimizer on, to cost a correlated EXISTS and to plan it per row: the
/// source's statistics, and the optimizer's re-ordering of the pattern with the given outer variables bound
/// (<see cref="Optimizer.QueryOptimizer.OptimizeCorrelated"/>).
/// </summary>
public sealed record CorrelatedExistsPlanning(IQuadSource Source, Func<Operator, IReadOnlySet<Variable>, Operator> Order);
