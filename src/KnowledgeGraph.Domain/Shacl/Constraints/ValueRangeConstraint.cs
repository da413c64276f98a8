using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary>Which bound a <see cref="ValueRangeConstraint"/> checks.</summary>
public enum RangeBound
{
    MinExclusive,
    MinInclusive,
    MaxExclusive,
    MaxInclusive,
}

/// <summary><c>sh:minExclusive</c>, <c>sh:minInclusive</c>, <c>sh:maxExclusive</c>, <c>sh:maxInclusive</c>.</summary>
public sealed record ValueRangeConstraint(RangeBound Bound, Literal Limit) : IConstraint
{
    public Iri Component { get; } = Sh.Component(Bound.ToString());

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            var order = ValueOrder.Compare(value, Limit);
            var ok = Bound switch
            {
                RangeBound.MinExclusive => order == XsdOrder.Greater,
                RangeBound.MinInclusive => order is XsdOrder.Greater or XsdOrder.Equal,
                RangeBound.MaxExclusive => order == XsdOrder.Less,
                _ => order is XsdOrder.Less or XsdOrder.Equal,
            };
            if (!ok)
            {
                var relation = Bound switch
                {
                    RangeBound.MinExclusive => ">",
                    RangeBound.MinInclusive => ">=",
                    RangeBound.MaxExclusive => "<",
                    _ => "<=",
                };
                ValidationContext.Report(results, shape, focus, value, Component, $"Value is not {relation} {Limit.LexicalForm}");
            }
        }
    }
}
