using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary><c>sh:class</c>: each value node is a SHACL instance of the class (subclasses count).</summary>
public sealed record ClassConstraint(Term Class) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Class");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (value is Literal || !context.Classes.IsInstanceOf(value, Class))
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value is not an instance of {Class}");
            }
        }
    }
}

/// <summary><c>sh:datatype</c>: each value is a literal of the datatype, and well-formed when the datatype is XSD.</summary>
public sealed record DatatypeConstraint(Iri Datatype) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Datatype");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (!Matches(value))
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value does not have datatype {Datatype}");
            }
        }
    }

    private bool Matches(Term value)
    {
        if (value is not Literal literal)
        {
            return false;
        }

        if (Datatype.Value == RdfVocabulary.LangStringIri)
        {
            return literal.Language is not null;
        }

        if (literal.Language is not null || !literal.Datatype.Equals(Datatype))
        {
            return false;
        }

        // An ill-typed literal ("tomorrow"^^xsd:date) has the datatype IRI but no value: SHACL rejects it.
        return !XsdDatatypes.TryGet(Datatype, out _) || XsdDatatypes.IsValid(literal);
    }
}

/// <summary><c>sh:nodeKind</c>.</summary>
public sealed record NodeKindConstraint(Iri Kind) : IConstraint
{
    public Iri Component { get; } = Sh.Component("NodeKind");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            if (!Matches(value))
            {
                ValidationContext.Report(results, shape, focus, value, Component, $"Value does not have node kind {Kind}");
            }
        }
    }

    private bool Matches(Term value)
    {
        var isIri = value is Iri;
        var isBlank = value is BlankNode;
        var isLiteral = value is Literal;
        return Kind.Value switch
        {
            Sh.Namespace + "IRI" => isIri,
            Sh.Namespace + "BlankNode" => isBlank,
            Sh.Namespace + "Literal" => isLiteral,
            Sh.Namespace + "BlankNodeOrIRI" => isBlank || isIri,
            Sh.Namespace + "BlankNodeOrLiteral" => isBlank || isLiteral,
            Sh.Namespace + "IRIOrLiteral" => isIri || isLiteral,
            _ => false,
        };
    }
}
