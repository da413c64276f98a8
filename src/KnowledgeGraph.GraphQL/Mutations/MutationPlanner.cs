using System.Globalization;
using GraphQL;
using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Turns a mutation field's input into a <see cref="MutationPlan"/>: create (with nested create-or-connect, IRIs
/// minted by <see cref="IriMinter"/>), update (scalars set or unset, relations connected, created or disconnected)
/// and delete. Values become RDF terms here, typed by the field's scalar; nothing is read from the store.
/// </summary>
internal sealed class MutationPlanner(SchemaModel model, IriMinter minter)
{
    public const string CreatePrefix = "create";
    public const string UpdatePrefix = "update";
    public const string DeletePrefix = "delete";
    private static readonly Iri RdfType = new(Vocab.Type);

    /// <summary>The concrete types that get mutations: every instantiable class (object types with a class IRI).</summary>
    public static IEnumerable<KgType> MutableTypes(SchemaModel model) =>
        model.Types.Values.Where(t => t.ClassIri is not null && !t.IsInterface).OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The fields a mutation may write: everything but the id and computed relations.</summary>
    public static IEnumerable<KgField> WritableFields(KgType type) =>
        type.Fields.Values.Where(f => f.Kind != FieldKind.Id && f.Pattern is null);

    public MutationPlan Plan(SelectionNode root)
    {
        foreach (var type in MutableTypes(model))
        {
            if (root.FieldName == CreatePrefix + type.Name)
            {
                var plan = new MutationPlan(root.FieldName, type);
                plan.RootIri = Create(type, Input(root.Argument("input"), "input"), plan, "input");
                return plan;
            }

            if (root.FieldName == UpdatePrefix + type.Name)
            {
                var plan = new MutationPlan(root.FieldName, type) { RootIri = Id(root.Argument("id"), "id") };
                Update(type, plan.RootIri, Input(root.Argument("input"), "input"), plan);
                return plan;
            }

            if (root.FieldName == DeletePrefix + type.Name)
            {
                var iri = Id(root.Argument("id"), "id");
                var plan = new MutationPlan(root.FieldName, type)
                {
                    RootIri = iri,
                    Delete = root.Argument("mode") as string == "DETACH" ? DeleteMode.Detach : DeleteMode.Restrict,
                };
                plan.Existing.Add((iri, type));
                plan.Deleted.Add(iri);
                plan.Deletes.Add(new DeletePattern(new Iri(iri), null, null));
                return plan;
            }
        }

        throw new ExecutionError($"Unknown mutation '{root.FieldName}'.");
    }

    private string Create(KgType type, IReadOnlyDictionary<string, object?> input, MutationPlan plan, string where)
    {
        // The slug comes from the label, else from the first language-tagged text given (a claim's claimText).
        var label = type.Fields.Values.Where(f => f.Kind == FieldKind.Scalar && f.Scalar == ScalarKind.LangString)
            .OrderBy(f => f.Name == "label" ? 0 : 1).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => input.GetValueOrDefault(f.Name) is { } text ? Input(text, where + "." + f.Name).GetValueOrDefault("value") as string : null)
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var iri = input.GetValueOrDefault("id") is { } given ? Id(given, where + ".id") : minter.Mint(type, TopClassName(type), label);
        if (!plan.Created.Add(iri))
        {
            throw new ExecutionError($"{where}: the id <{iri}> is created twice in this mutation.");
        }

        plan.Touched.Add(iri);
        plan.Inserts.Add(new Triple(new Iri(iri), RdfType, new Iri(type.ClassIri!)));
        foreach (var (key, value) in input)
        {
            if (key == "id" || value is null)
            {
                continue;
            }

            Write(type, iri, Field(type, key, where), value, plan, isCreate: true, where + "." + key);
        }

        return iri;
    }

    private void Update(KgType type, string iri, IReadOnlyDictionary<string, object?> input, MutationPlan plan)
    {
        plan.Existing.Add((iri, type));
        plan.Touched.Add(iri);
        var subject = new Iri(iri);
        foreach (var name in input.GetValueOrDefault("unset") as IEnumerable<object?> ?? [])
        {
            var fieldName = name as string ?? throw new ExecutionError("input.unset lists field names.");
            var field = type.Fields.Values.FirstOrDefault(f => SchemaModelBuilder.UpperSnake(f.Name) == fieldName || f.Name == fieldName)
                ?? throw new ExecutionError($"input.unset: {type.Name} has no field '{fieldName}'.");
            if (field.Kind == FieldKind.Id || field.Pattern is not null || field.Inverse)
            {
                throw new ExecutionError($"input.unset: {type.Name}.{field.Name} cannot be unset (the id, computed and inverse fields are not stored on the entity).");
            }

            plan.Deletes.Add(new DeletePattern(subject, new Iri(field.PropertyIri!), null));
        }

        foreach (var (key, value) in input)
        {
            if (key == "unset" || value is null)
            {
                continue;
            }

            Write(type, iri, Field(type, key, "input"), value, plan, isCreate: false, "input." + key);
        }
    }

    private void Write(KgType type, string iri, KgField field, object value, MutationPlan plan, bool isCreate, string where)
    {
        var subject = new Iri(iri);
        var predicate = new Iri(field.PropertyIri!);
        switch (field.Kind)
        {
            case FieldKind.Scalar:
            case FieldKind.Enum:
                if (!isCreate)
                {
                    plan.Deletes.Add(new DeletePattern(subject, predicate, null));
                }

                plan.Inserts.Add(new Triple(subject, predicate, field.Kind == FieldKind.Enum ? EnumValue(field, value, where) : ScalarValue(field, value, where)));
                return;
            case FieldKind.Relation:
                Relation(field, subject, predicate, Input(value, where), plan, isCreate, where);
                return;
            default:
                throw new ExecutionError($"{where}: {type.Name}.{field.Name} cannot be written.");
        }
    }

    private void Relation(KgField field, Iri subject, Iri predicate, IReadOnlyDictionary<string, object?> refs, MutationPlan plan, bool isCreate, string where)
    {
        var targets = new List<(Term Node, bool Connected)>();
        var connect = refs.GetValueOrDefault("connect");
        var create = refs.GetValueOrDefault("create");
        foreach (var id in field.IsList ? Many(connect) : One(connect))
        {
            var target = Id(id, where + ".connect");
            plan.Referenced.Add(target);
            targets.Add((new Iri(target), true));
        }

        foreach (var child in field.IsList ? Many(create) : One(create))
        {
            targets.Add((new Iri(CreateChild(field, Input(child, where + ".create"), plan, where + ".create")), false));
        }

        foreach (var literal in Many(refs.GetValueOrDefault("literals")))
        {
            if (!field.AcceptsLiterals || field.Inverse)
            {
                throw new ExecutionError($"{where}: {field.Name} takes nodes only.");
            }

            targets.Add((LiteralValue(Input(literal, where + ".literals"), where + ".literals"), false));
        }

        if (!field.IsList && targets.Count > 1)
        {
            throw new ExecutionError($"{where}: {field.Name} holds one value; give either connect or create.");
        }

        if (!field.IsList && !isCreate && targets.Count == 1)
        {
            // A single-valued relation is replaced, not added to.
            plan.Deletes.Add(new DeletePattern(subject, predicate, null));
        }

        foreach (var (node, connected) in targets)
        {
            if (field.Inverse)
            {
                var other = (Iri)node;
                plan.Inserts.Add(new Triple(other, predicate, subject));
                if (connected)
                {
                    plan.Touched.Add(other.Value);
                }
            }
            else
            {
                plan.Inserts.Add(new Triple(subject, predicate, node));
            }
        }

        foreach (var id in Many(refs.GetValueOrDefault("disconnect")))
        {
            if (isCreate)
            {
                throw new ExecutionError($"{where}.disconnect: a new entity has nothing to disconnect.");
            }

            var other = new Iri(Id(id, where + ".disconnect"));
            plan.Touched.Add(other.Value);
            plan.Deletes.Add(field.Inverse ? new DeletePattern(other, predicate, subject) : new DeletePattern(subject, predicate, other));
        }
    }

    private string CreateChild(KgField field, IReadOnlyDictionary<string, object?> input, MutationPlan plan, string where)
    {
        var target = model.Types[field.TargetTypeName ?? SchemaModel.EntityType];
        if (target.ClassIri is null && target.Name == SchemaModel.ConceptType)
        {
            throw new ExecutionError($"{where}: concepts are vocabulary; connect to one by id.");
        }

        if (!target.IsInterface)
        {
            return Create(target, input, plan, where);
        }

        var chosen = input.Where(kv => kv.Value is not null).ToList();
        if (chosen.Count != 1)
        {
            throw new ExecutionError($"{where}: name exactly one type to create for {target.Name} (e.g. {{ {KgType.Camel(CreateChoices(model, target).First().Name)}: {{ ... }} }}).");
        }

        var concrete = CreateChoices(model, target).FirstOrDefault(t => KgType.Camel(t.Name) == chosen[0].Key)
            ?? throw new ExecutionError($"{where}: '{chosen[0].Key}' is not a kind of {target.Name}.");
        return Create(concrete, Input(chosen[0].Value, where + "." + chosen[0].Key), plan, where + "." + chosen[0].Key);
    }

    /// <summary>The concrete types a nested create for an interface (Actor, Organization, Entity) may choose from.</summary>
    public static IReadOnlyList<KgType> CreateChoices(SchemaModel model, KgType target) =>
        MutableTypes(model).Where(t => target.Name == SchemaModel.EntityType || t.Interfaces.Contains(target.Name)).ToList();

    private string TopClassName(KgType type)
    {
        var closure = model.Ontology.SuperClassClosure(type.ClassIri!);
        return OntologyLoader.LocalName(closure[^1]);
    }

    private Term EnumValue(KgField field, object value, string where)
    {
        var e = model.Enums[field.EnumName!];
        return value is string name && e.ValueIris.TryGetValue(name, out var iri)
            ? new Iri(iri)
            : throw new ExecutionError($"{where}: '{value}' is not a value of {e.Name}.");
    }

    private static Term ScalarValue(KgField field, object value, string where)
    {
        const string Xsd = SparqlTerms.Xsd;
        string Text() => value switch
        {
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ExecutionError($"{where}: expected a single value."),
        };

        switch (field.Scalar)
        {
            case ScalarKind.LangString:
            {
                var input = Input(value, where);
                var text = input.GetValueOrDefault("value") as string ?? throw new ExecutionError($"{where}.value is required.");
                return input.GetValueOrDefault("lang") is string { Length: > 0 } lang ? new Literal(text, lang) : new Literal(text);
            }

            case ScalarKind.Date:
                return new Literal(Text(), new Iri(Xsd + "date"));
            case ScalarKind.DateTime:
                return new Literal(Text(), new Iri(Xsd + "dateTime"));
            case ScalarKind.DateOrDateTime:
                var lexical = Text();
                return DateOrDateTimeGraphType.IsValid(lexical)
                    ? new Literal(lexical, new Iri(Xsd + (DateOrDateTimeGraphType.IsDateTime(lexical) ? "dateTime" : "date")))
                    : throw new ExecutionError($"{where}: '{lexical}' is not a date or a date-time.");
            case ScalarKind.Decimal:
                return new Literal(Text(), new Iri(Xsd + "decimal"));
            case ScalarKind.Integer:
                return new Literal(Text(), new Iri(Xsd + "integer"));
            case ScalarKind.Boolean:
                return new Literal(value is true ? "true" : "false", new Iri(Xsd + "boolean"));
            default:
                return new Literal(Text());
        }
    }

    /// <summary>A literal for a field that takes any value (kg:claimObject): plain, language-tagged or typed.</summary>
    private static Literal LiteralValue(IReadOnlyDictionary<string, object?> input, string where)
    {
        var text = input.GetValueOrDefault("value") as string ?? throw new ExecutionError($"{where}.value is required.");
        if (input.GetValueOrDefault("lang") is string { Length: > 0 } lang)
        {
            return new Literal(text, lang);
        }

        if (input.GetValueOrDefault("datatype") is string { Length: > 0 } datatype)
        {
            return new Literal(text, new Iri(ValidIri(datatype, where + ".datatype")));
        }

        return new Literal(text);
    }

    private static KgField Field(KgType type, string name, string where) =>
        type.Fields.TryGetValue(name, out var f) && f.Kind != FieldKind.Id && f.Pattern is null
            ? f
            : throw new ExecutionError($"{where}: {type.Name} has no writable field '{name}'.");

    private static string Id(object? value, string where) =>
        value is string s ? ValidIri(s, where) : throw new ExecutionError($"{where}: expected an id (an absolute IRI).");

    private static string ValidIri(string iri, string where) =>
        IriSyntax.ValidateAbsolute(iri) is { } problem ? throw new ExecutionError($"{where}: '{iri}' is not an absolute IRI: {problem}") : iri;

    private static IReadOnlyDictionary<string, object?> Input(object? value, string where) =>
        value as IReadOnlyDictionary<string, object?> ?? (value as IDictionary<string, object?>)?.AsReadOnly()
        ?? throw new ExecutionError($"{where}: expected an input object.");

    private static IEnumerable<object> One(object? value) => value is null ? [] : [value];

    private static IEnumerable<object> Many(object? value) =>
        value is System.Collections.IEnumerable e and not string and not IDictionary<string, object?> ? e.Cast<object?>().OfType<object>() : One(value);
}
