using System.Text;
using KnowledgeGraph.GraphQL.Ontology;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>Turns the ontology into <see cref="SchemaModel"/> types: classes, superclass interfaces, forward and inverse fields.</summary>
public static class SchemaModelBuilder
{
    public static SchemaModel Build(OntologyModel ontology)
    {
        var enums = ontology.Enums.ToDictionary(
            e => e.Name,
            e => new KgEnum(e.Name, e.ValueIris.ToDictionary(v => UpperSnake(OntologyLoader.LocalName(v)), v => v)));
        var hasSubclasses = ontology.Classes.Where(c => ontology.Classes.Any(x => x.SuperClassIris.Contains(c.Iri))).Select(c => c.Iri).ToHashSet();

        string TypeNameOf(string classIri) => ontology.Classes.First(c => c.Iri == classIri).Name;

        string TargetOf(OntologyProperty p) =>
            p.RangeClassIri is not null ? TypeNameOf(p.RangeClassIri) : p.IsConcept ? SchemaModel.ConceptType : SchemaModel.EntityType;

        Dictionary<string, KgField> BaseFields() => new()
        {
            ["id"] = new("id", FieldKind.Id, null, false, false, ScalarKind.Id, null, null, "The node's IRI."),
            ["label"] = new("label", FieldKind.Scalar, Vocab.Label, false, false, ScalarKind.LangString, null, null, "rdfs:label in the preferred language."),
        };

        Dictionary<string, KgField> FieldsFor(IReadOnlyList<string> closure)
        {
            var fields = BaseFields();
            foreach (var p in ontology.Properties)
            {
                if (p.DomainClassIris.Any(closure.Contains) && !fields.ContainsKey(p.Name))
                {
                    fields[p.Name] = p.EnumName is not null
                        ? new KgField(p.Name, FieldKind.Enum, p.Iri, false, false, ScalarKind.Id, null, p.EnumName, p.Description)
                        : p.IsObjectProperty
                            ? new KgField(p.Name, FieldKind.Relation, p.Iri, false, !p.IsFunctional, ScalarKind.Id, TargetOf(p), null, p.Description) { AcceptsLiterals = p.AcceptsLiterals }
                            : new KgField(p.Name, FieldKind.Scalar, p.Iri, false, false, p.Scalar, null, null, p.Description);
                }

                // A property with no class range (kg:claimSubject: "usually an event, or an actor") can point at any node.
                var anyRange = p.IsObjectProperty && p.RangeMembers.Count == 0 && !p.IsConcept && p.EnumName is null;
                if (p.InverseName is not null && (anyRange || p.RangeMembers.Any(closure.Contains)) && !fields.ContainsKey(p.InverseName))
                {
                    var source = p.DomainClassIris.Count == 1 ? TypeNameOf(p.DomainClassIris[0]) : SchemaModel.EntityType;
                    fields[p.InverseName] = new KgField(p.InverseName, FieldKind.Relation, p.Iri, true, true, ScalarKind.Id, source, null, $"Inverse of {p.Name}.");
                }
            }

            return fields;
        }

        var types = new Dictionary<string, KgType>
        {
            [SchemaModel.EntityType] = new(SchemaModel.EntityType, null, true, [], [], BaseFields(), "Any node of the graph."),
        };

        var conceptFields = BaseFields();
        conceptFields["notation"] = new("notation", FieldKind.Scalar, Vocab.Notation, false, false, ScalarKind.String, null, null, "skos:notation.");
        foreach (var p in ontology.Properties.Where(p => p.IsConcept && p.InverseName is not null))
        {
            var source = p.DomainClassIris.Count == 1 ? TypeNameOf(p.DomainClassIris[0]) : SchemaModel.EntityType;
            conceptFields.TryAdd(p.InverseName!, new KgField(p.InverseName!, FieldKind.Relation, p.Iri, true, true, ScalarKind.Id, source, null, $"Inverse of {p.Name}."));
        }

        types[SchemaModel.ConceptType] = new(SchemaModel.ConceptType, null, false, [], [SchemaModel.EntityType], conceptFields, "A SKOS concept of an open list (event type, actor type, unit...).");

        foreach (var c in ontology.Classes)
        {
            var supers = ontology.SuperClassClosure(c.Iri);
            var interfaces = new List<string> { SchemaModel.EntityType };
            interfaces.AddRange(supers.Where(s => hasSubclasses.Contains(s)).Select(TypeNameOf));
            var fields = FieldsFor(supers);
            if (hasSubclasses.Contains(c.Iri))
            {
                types[c.Name] = new(c.Name, c.Iri, true, ontology.SubClassClosure(c.Iri), interfaces.Where(i => i != c.Name).ToList(), fields, c.Description);
                types["Other" + c.Name] = new("Other" + c.Name, c.Iri, false, [c.Iri], interfaces, fields, $"A {c.Name} that is none of its subclasses.");
            }
            else
            {
                types[c.Name] = new(c.Name, c.Iri, false, [c.Iri], interfaces, fields, c.Description);
            }
        }

        AddContradictions(types);
        return new SchemaModel(ontology, types, enums);
    }

    /// <summary>
    /// Claim.contradictions: claims linked by kg:contradicts either way, and claims about the same frame (subject,
    /// predicate, object) with the opposite stance (asserts against denies).
    /// </summary>
    private static void AddContradictions(Dictionary<string, KgType> types)
    {
        if (!types.TryGetValue("Claim", out var claim) || claim.ClassIri != Vocab.Kg + "Claim")
        {
            return;
        }

        const string Kg = "<" + Vocab.Kg;
        const string Kgv = "<https://w3id.org/newskg/vocab/";
        var pattern =
            $"{{ ?parent {Kg}contradicts> ?child }} UNION {{ ?child {Kg}contradicts> ?parent }} UNION {{\n" +
            $"    ?parent {Kg}claimSubject> ?cs ; {Kg}claimPredicate> ?cp ; {Kg}claimObject> ?co ; {Kg}stance> ?st1 .\n" +
            $"    ?child {Kg}claimSubject> ?cs ; {Kg}claimPredicate> ?cp ; {Kg}claimObject> ?co ; {Kg}stance> ?st2 .\n" +
            $"    FILTER((?st1 = {Kgv}asserts> && ?st2 = {Kgv}denies>) || (?st1 = {Kgv}denies> && ?st2 = {Kgv}asserts>)) }}";
        var fields = new Dictionary<string, KgField>(claim.Fields)
        {
            ["contradictions"] = new("contradictions", FieldKind.Relation, null, false, true, ScalarKind.Id, "Claim", null,
                "Claims this one contradicts or is contradicted by (kg:contradicts either way), and claims about the same frame with the opposite stance.")
            {
                Pattern = pattern,
            },
        };
        types["Claim"] = claim with { Fields = fields };
    }

    public static string UpperSnake(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (char.IsUpper(ch) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.IsLetterOrDigit(ch) ? char.ToUpperInvariant(ch) : '_');
        }

        return sb.ToString();
    }
}
