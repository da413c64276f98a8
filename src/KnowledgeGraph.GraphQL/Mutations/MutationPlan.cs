using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>Triples a mutation removes: a null part matches any value (an unset, or a whole entity).</summary>
public sealed record DeletePattern(Iri? Subject, Iri? Predicate, Term? Object)
{
    public bool Matches(in Triple t) =>
        (Subject is null || Subject.Equals(t.Subject)) && (Predicate is null || Predicate.Equals(t.Predicate)) && (Object is null || Object.Equals(t.Obj));
}

/// <summary>How a delete treats references to the entity from elsewhere.</summary>
public enum DeleteMode
{
    /// <summary>Refuse (an explicit error listing the references) while anything else points at the entity.</summary>
    Restrict,

    /// <summary>Remove the references too; claims about the entity (kg:claimSubject/kg:claimObject) are deleted with it.</summary>
    Detach,
}

/// <summary>
/// What one mutation does, before anything is read: triples to insert, patterns to delete, and the nodes whose
/// shapes must hold afterwards. The executor completes it from the current data (references, old values) and
/// turns it into one SPARQL Update.
/// </summary>
public sealed class MutationPlan(string operation, KgType type)
{
    /// <summary>The mutation field (createEvent, updatePlace, deleteClaim).</summary>
    public string Operation { get; } = operation;

    public KgType Type { get; } = type;

    /// <summary>The entity the mutation is about (created, updated or deleted).</summary>
    public string RootIri { get; set; } = string.Empty;

    public DeleteMode? Delete { get; set; }

    public List<Triple> Inserts { get; } = [];

    public List<DeletePattern> Deletes { get; } = [];

    /// <summary>Nodes whose shapes are validated on the data the update produces.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes connected to by id: they must exist (in the store or the ontology).</summary>
    public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Created { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);

    /// <summary>Entities that must already exist as an instance of the type (update and delete targets).</summary>
    public List<(string Iri, KgType Type)> Existing { get; } = [];

    /// <summary>Claims deleted along with a detached entity, for the payload.</summary>
    public List<string> DeletedClaims { get; } = [];
}
