using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary><c>sh:equals</c>: the value nodes are exactly the focus node's values of the predicate.</summary>
public sealed record EqualsConstraint(Iri Predicate) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Equals");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var others = context.Data.Objects(focus, Predicate);
        foreach (var value in values.Where(v => !others.Contains(v)))
        {
            ValidationContext.Report(results, shape, focus, value, Component, $"Value is not a value of {Predicate}");
        }

        foreach (var other in others.Where(o => !values.Contains(o)))
        {
            ValidationContext.Report(results, shape, focus, other, Component, $"Value of {Predicate} is missing");
        }
    }
}

/// <summary><c>sh:disjoint</c>: no value node is also a value of the predicate.</summary>
public sealed record DisjointConstraint(Iri Predicate) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Disjoint");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var others = context.Data.Objects(focus, Predicate);
        foreach (var value in values.Where(others.Contains))
        {
            ValidationContext.Report(results, shape, focus, value, Component, $"Value is also a value of {Predicate}");
        }
    }
}

/// <summary><c>sh:lessThan</c> and <c>sh:lessThanOrEquals</c>: every value compares below every value of the predicate.</summary>
public sealed record LessThanConstraint(Iri Predicate, bool OrEquals) : IConstraint
{
    public Iri Component { get; } = Sh.Component(OrEquals ? "LessThanOrEquals" : "LessThan");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var others = context.Data.Objects(focus, Predicate);
        foreach (var value in values)
        {
            foreach (var other in others)
            {
                var order = ValueOrder.Compare(value, other);
                var ok = order == XsdOrder.Less || (OrEquals && order == XsdOrder.Equal);
                if (!ok)
                {
                    var relation = OrEquals ? "<=" : "<";
                    ValidationContext.Report(results, shape, focus, value, Component, $"Value is not {relation} value {other} of {Predicate}");
                }
            }
        }
    }
}
