using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Ontology;

/// <summary>What kind of GraphQL value a datatype property yields.</summary>
public enum ScalarKind
{
    String,
    LangString,
    Date,
    DateTime,
    /// <summary>A datatype union of xsd:date and xsd:dateTime: the lexical form decides which one a value is.</summary>
    DateOrDateTime,
    Decimal,
    Integer,
    Boolean,
    Id,
}

/// <summary>An ontology class: its IRI, its GraphQL name and its direct superclasses within the ontology.</summary>
public sealed record OntologyClass(string Iri, string Name, IReadOnlyList<string> SuperClassIris, string? Description);

/// <summary>
/// A property as the GraphQL layer sees it. <see cref="RangeClassIri"/> is set for object properties whose range is an
/// ontology class; <see cref="EnumName"/> for properties restricted to a closed list; <see cref="IsConcept"/> for SKOS
/// concept ranges that are open lists.
/// </summary>
public sealed record OntologyProperty(
    string Iri,
    string Name,
    IReadOnlyList<string> DomainClassIris,
    bool IsObjectProperty,
    string? RangeClassIri,
    ScalarKind Scalar,
    bool IsFunctional,
    string? InverseName,
    string? EnumName,
    bool IsConcept,
    string? Description)
{
    /// <summary>The classes the range names (one class, or the members of an owl:unionOf); the inverse field goes on each.</summary>
    public IReadOnlyList<string> RangeMembers { get; init; } = RangeClassIri is null ? [] : [RangeClassIri];

    /// <summary>An rdf:Property that takes literals as well as nodes (kg:claimObject: an IRI, a literal or a quantity).</summary>
    public bool AcceptsLiterals { get; init; }
}

/// <summary>A closed list of SKOS concepts (a <c>sh:in</c> list in the shapes), exposed as a GraphQL enum.</summary>
public sealed record OntologyEnum(string Name, string PropertyIri, IReadOnlyList<string> ValueIris);

/// <summary>The parts of the ontology (and the closed lists of the shapes) that shape the GraphQL schema.</summary>
public sealed record OntologyModel(
    IReadOnlyList<OntologyClass> Classes,
    IReadOnlyList<OntologyProperty> Properties,
    IReadOnlyList<OntologyEnum> Enums)
{
    /// <summary>The ontology file's triples (kg.ttl) as read, for validation; empty when loaded from quads.</summary>
    public IReadOnlyList<Quad> OntologyQuads { get; init; } = [];

    /// <summary>The shapes file's triples (shapes.ttl); mutations are refused when there are none.</summary>
    public IReadOnlyList<Quad> ShapeQuads { get; init; } = [];

    /// <summary>The class and all its (transitive) subclasses, so a collection query matches instances of subclasses.</summary>
    public IReadOnlyList<string> SubClassClosure(string classIri)
    {
        var result = new List<string> { classIri };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var c in Classes)
            {
                if (c.SuperClassIris.Contains(result[i]) && !result.Contains(c.Iri))
                {
                    result.Add(c.Iri);
                }
            }
        }

        return result;
    }

    /// <summary>The class and its (transitive) superclasses within the ontology.</summary>
    public IReadOnlyList<string> SuperClassClosure(string classIri)
    {
        var result = new List<string> { classIri };
        for (var i = 0; i < result.Count; i++)
        {
            var c = Classes.FirstOrDefault(x => x.Iri == result[i]);
            foreach (var s in c?.SuperClassIris ?? [])
            {
                if (!result.Contains(s))
                {
                    result.Add(s);
                }
            }
        }

        return result;
    }
}
