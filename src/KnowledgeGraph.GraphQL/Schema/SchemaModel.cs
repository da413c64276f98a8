using KnowledgeGraph.GraphQL.Ontology;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>How a GraphQL field is read from the graph.</summary>
public enum FieldKind
{
    /// <summary>The node's IRI.</summary>
    Id,
    /// <summary>A datatype property (rdfs:label included): one value, language-chosen for LangString.</summary>
    Scalar,
    /// <summary>An object property restricted to a closed list: one enum value.</summary>
    Enum,
    /// <summary>An object property to another node, followed forwards or (inverse) backwards.</summary>
    Relation,
}

/// <summary>One field of a generated type and the RDF it reads.</summary>
public sealed record KgField(
    string Name,
    FieldKind Kind,
    string? PropertyIri,
    bool Inverse,
    bool IsList,
    ScalarKind Scalar,
    string? TargetTypeName,
    string? EnumName,
    string? Description)
{
    /// <summary>
    /// For computed relations: a SPARQL group pattern over <c>?parent</c> and <c>?child</c> used instead of a property
    /// (e.g. <c>Claim.contradictions</c>). Such fields are read-only: not filterable, not sortable.
    /// </summary>
    public string? Pattern { get; init; }

    /// <summary>A relation whose property also takes literals (kg:claimObject); mutations may write a literal to it.</summary>
    public bool AcceptsLiterals { get; init; }
}

/// <summary>
/// A generated GraphQL type: an ontology class (an interface when it has subclasses, with an <c>Other…</c> object type
/// for its direct instances), the shared <c>Entity</c> interface, or <c>Concept</c> for open SKOS lists.
/// </summary>
public sealed record KgType(
    string Name,
    string? ClassIri,
    bool IsInterface,
    IReadOnlyList<string> MatchClassIris,
    IReadOnlyList<string> Interfaces,
    IReadOnlyDictionary<string, KgField> Fields,
    string? Description)
{
    /// <summary>Field name for the root collection (Place → places, Quantity → quantities).</summary>
    public string CollectionField => Plural(Camel(Name));

    public string LookupField => Camel(Name);

    public string WhereName => Name + "Where";

    public string SortFieldName => Name + "Field";

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Plural(string name) =>
        name.EndsWith('y') ? name[..^1] + "ies" : name.EndsWith('s') ? name + "es" : name + "s";
}

/// <summary>A closed list as an enum: GraphQL value names (UPPER_SNAKE) to concept IRIs.</summary>
public sealed record KgEnum(string Name, IReadOnlyDictionary<string, string> ValueIris)
{
    public string? NameOf(string iri) => ValueIris.FirstOrDefault(kv => kv.Value == iri).Key;
}

/// <summary>The generated types: what the compiler reads to turn a selection into SPARQL.</summary>
public sealed class SchemaModel
{
    public const string EntityType = "Entity";
    public const string ConceptType = "Concept";
    public const string LabelIri = Vocab.Label;

    public SchemaModel(OntologyModel ontology, IReadOnlyDictionary<string, KgType> types, IReadOnlyDictionary<string, KgEnum> enums)
    {
        Ontology = ontology;
        Types = types;
        Enums = enums;
    }

    public OntologyModel Ontology { get; }

    public IReadOnlyDictionary<string, KgType> Types { get; }

    public IReadOnlyDictionary<string, KgEnum> Enums { get; }

    /// <summary>The concrete GraphQL type for a node from its rdf:type values (most specific class wins).</summary>
    public string ConcreteTypeOf(IEnumerable<string> typeIris)
    {
        KgType? best = null;
        foreach (var iri in typeIris)
        {
            var candidate = Types.Values.FirstOrDefault(t => !t.IsInterface && t.ClassIri == iri);
            if (candidate is not null && (best is null || candidate.MatchClassIris.Count < best.MatchClassIris.Count
                || Ontology.SuperClassClosure(candidate.ClassIri!).Count > Ontology.SuperClassClosure(best.ClassIri!).Count))
            {
                best = candidate;
            }
        }

        return best?.Name ?? ConceptType;
    }
}
