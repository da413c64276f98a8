using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Ontology;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// The generated Mutation root: <c>createT(input: TCreateInput!)</c>, <c>updateT(id: ID!, input: TUpdateInput!)</c>
/// and <c>deleteT(id: ID!, mode: DeleteMode = RESTRICT)</c> for every instantiable class. Inputs mirror the object
/// types: scalars by value (<c>LangStringInput</c> for language-tagged strings), enums by name, relations as
/// <c>TRefInput {connect create}</c> (single) or <c>TRefsInput {connect create disconnect}</c> (lists), with
/// <c>TCreateChoice</c> (one field per concrete type) when the target is an interface. Nothing is required by the
/// schema: the SHACL shapes decide what a valid entity is, and report it with their own messages.
/// </summary>
public static class MutationSchemaBuilder
{
    public const string LangStringInput = "LangStringInput";
    public const string LiteralInput = "LiteralInput";

    public static void Add(global::GraphQL.Types.Schema schema, SchemaModel model, IFieldResolver resolver)
    {
        IGraphType Ref(string name) => new GraphQLTypeReference(name);
        IGraphType NonNull(IGraphType t) => new NonNullGraphType(t);
        IGraphType ListOf(IGraphType t) => new ListGraphType(t);

        var langString = new InputObjectGraphType { Name = LangStringInput, Description = "A string and its language tag (none: a plain string)." };
        langString.AddField(new FieldType { Name = "value", ResolvedType = NonNull(new StringGraphType()) });
        langString.AddField(new FieldType { Name = "lang", ResolvedType = new StringGraphType() });
        schema.RegisterType(langString);

        var literal = new InputObjectGraphType { Name = LiteralInput, Description = "A literal for a field that takes any value (kg:claimObject): a language or a datatype IRI, or neither." };
        literal.AddField(new FieldType { Name = "value", ResolvedType = NonNull(new StringGraphType()) });
        literal.AddField(new FieldType { Name = "lang", ResolvedType = new StringGraphType() });
        literal.AddField(new FieldType { Name = "datatype", ResolvedType = new StringGraphType(), Description = "e.g. http://www.w3.org/2001/XMLSchema#boolean" });
        schema.RegisterType(literal);

        var mode = new EnumerationGraphType { Name = "DeleteMode", Description = "What a delete does with references to the entity." };
        mode.Add("RESTRICT", "RESTRICT", "Refuse while anything else references the entity (the error lists the references).");
        mode.Add("DETACH", "DETACH", "Remove the references too, and delete the claims about the entity (kg:claimSubject / kg:claimObject).");
        schema.RegisterType(mode);

        var payload = new ObjectGraphType { Name = "DeletePayload", Description = "What a delete removed." };
        var byName = new FuncFieldResolver<object?>(c => c.Source is IDictionary<string, object?> d && d.TryGetValue(c.FieldAst.Alias?.Name.StringValue ?? c.FieldAst.Name.StringValue, out var v) ? v : null);
        payload.AddField(new FieldType { Name = "id", ResolvedType = NonNull(new IdGraphType()), Resolver = byName });
        payload.AddField(new FieldType { Name = "deletedClaims", ResolvedType = NonNull(ListOf(NonNull(new IdGraphType()))), Description = "Claims about the entity deleted with it (DETACH).", Resolver = byName });
        payload.AddField(new FieldType { Name = "detachedReferences", ResolvedType = NonNull(new IntGraphType()), Description = "Links from other entities removed (DETACH).", Resolver = byName });
        schema.RegisterType(payload);

        var registered = new HashSet<string>(StringComparer.Ordinal);
        string? CreateInputName(KgType target) =>
            target.Name == SchemaModel.ConceptType ? null : target.IsInterface ? target.Name + "CreateChoice" : target.Name + "CreateInput";

        string RelationInput(KgField field)
        {
            var target = model.Types[field.TargetTypeName ?? SchemaModel.EntityType];
            var literals = field.AcceptsLiterals && !field.Inverse;
            var name = target.Name + (field.IsList ? literals ? "ValuesInput" : "RefsInput" : "RefInput");
            if (!registered.Add(name))
            {
                return name;
            }

            var input = new InputObjectGraphType
            {
                Name = name,
                Description = field.IsList
                    ? $"Links to {target.Name} nodes: connect existing ones by id, create new ones, disconnect (updates only)."
                    : $"One {target.Name}: connect an existing one by id or create a new one (on update it replaces the old value).",
            };
            input.AddField(new FieldType { Name = "connect", ResolvedType = field.IsList ? ListOf(NonNull(new IdGraphType())) : new IdGraphType() });
            if (CreateInputName(target) is { } create)
            {
                input.AddField(new FieldType { Name = "create", ResolvedType = field.IsList ? ListOf(NonNull(Ref(create))) : Ref(create) });
            }

            if (field.IsList)
            {
                input.AddField(new FieldType { Name = "disconnect", ResolvedType = ListOf(NonNull(new IdGraphType())) });
            }

            if (literals)
            {
                input.AddField(new FieldType { Name = "literals", ResolvedType = ListOf(NonNull(Ref(LiteralInput))) });
            }

            schema.RegisterType(input);
            return name;
        }

        IGraphType FieldInput(KgField field) => field.Kind switch
        {
            FieldKind.Enum => Ref(field.EnumName!),
            FieldKind.Relation => Ref(RelationInput(field)),
            _ => field.Scalar switch
            {
                ScalarKind.LangString => Ref(LangStringInput),
                ScalarKind.Date => Ref("Date"),
                ScalarKind.DateTime => Ref("DateTime"),
                ScalarKind.DateOrDateTime => Ref(DateOrDateTimeGraphType.TypeName),
                ScalarKind.Decimal => Ref("Decimal"),
                ScalarKind.Integer => new IntGraphType(),
                ScalarKind.Boolean => new BooleanGraphType(),
                _ => new StringGraphType(),
            },
        };

        var mutable = MutationPlanner.MutableTypes(model).ToList();
        foreach (var type in mutable)
        {
            var create = new InputObjectGraphType { Name = type.Name + "CreateInput", Description = $"A new {type.Name}. Without an id, one is minted under the instance base from the label." };
            create.AddField(new FieldType { Name = "id", ResolvedType = new IdGraphType(), Description = "The IRI to use instead of a minted one (must not exist yet)." });
            var update = new InputObjectGraphType { Name = type.Name + "UpdateInput", Description = $"Changes to a {type.Name}: given scalars replace the old values, relations are connected, created or disconnected." };
            update.AddField(new FieldType { Name = "unset", ResolvedType = ListOf(NonNull(Ref(type.SortFieldName))), Description = "Fields whose values are removed." });
            foreach (var field in MutationPlanner.WritableFields(type))
            {
                create.AddField(new FieldType { Name = field.Name, ResolvedType = FieldInput(field), Description = field.Description });
                update.AddField(new FieldType { Name = field.Name, ResolvedType = FieldInput(field), Description = field.Description });
            }

            schema.RegisterType(create);
            schema.RegisterType(update);
        }

        foreach (var target in model.Types.Values.Where(t => t.IsInterface))
        {
            var choice = new InputObjectGraphType { Name = target.Name + "CreateChoice", Description = $"A new {target.Name}: give exactly one field, named after the type to create." };
            foreach (var concrete in MutationPlanner.CreateChoices(model, target))
            {
                choice.AddField(new FieldType { Name = KgType.Camel(concrete.Name), ResolvedType = Ref(concrete.Name + "CreateInput") });
            }

            schema.RegisterType(choice);
        }

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Writes need the write token. Each mutation is validated with the SHACL shapes and compiled to one atomic SPARQL Update." };
        foreach (var type in mutable)
        {
            mutation.AddField(new FieldType
            {
                Name = MutationPlanner.CreatePrefix + type.Name,
                Description = $"Creates one {type.Name} (nested creates and connects included) in the edit graph.",
                ResolvedType = Ref(type.Name),
                Arguments = new QueryArguments(new QueryArgument(NonNull(Ref(type.Name + "CreateInput"))) { Name = "input" }),
                Resolver = resolver,
            });
            mutation.AddField(new FieldType
            {
                Name = MutationPlanner.UpdatePrefix + type.Name,
                Description = $"Changes one {type.Name}: replaced values are removed from every graph, new ones go to the edit graph.",
                ResolvedType = Ref(type.Name),
                Arguments = new QueryArguments(
                    new QueryArgument(NonNull(new IdGraphType())) { Name = "id" },
                    new QueryArgument(NonNull(Ref(type.Name + "UpdateInput"))) { Name = "input" }),
                Resolver = resolver,
            });
            mutation.AddField(new FieldType
            {
                Name = MutationPlanner.DeletePrefix + type.Name,
                Description = $"Deletes one {type.Name}: all its triples in every graph. RESTRICT (default) refuses while others reference it; DETACH removes those references and the claims about it.",
                ResolvedType = Ref("DeletePayload"),
                Arguments = new QueryArguments(
                    new QueryArgument(NonNull(new IdGraphType())) { Name = "id" },
                    new QueryArgument(Ref("DeleteMode")) { Name = "mode", DefaultValue = "RESTRICT" }),
                Resolver = resolver,
            });
        }

        schema.Mutation = mutation;
    }
}
