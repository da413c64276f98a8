using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Ontology;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// Builds the GraphQL.NET schema from a <see cref="SchemaModel"/>: one shared instance per type (GraphQL.NET rejects
/// duplicates), references by name for cycles. Field resolvers only read the response-shaped dictionaries that the
/// executor computed from the compiled SPARQL; nothing here touches the graph.
/// </summary>
public static class KgSchemaFactory
{
    /// <summary>The key under which a shaped node dictionary carries its concrete GraphQL type name.</summary>
    public const string TypeKey = "\u0001type";

    public const int MaxFirst = 100;

    public static global::GraphQL.Types.Schema Create(SchemaModel model, IFieldResolver rootResolver, IFieldResolver? mutationResolver = null)
    {
        // Keep the names as generated: the default camel-case converter would turn AND/OR/NOT into aND/oR/nOT.
        var schema = new global::GraphQL.Types.Schema { NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance };
        var objectTypes = new Dictionary<string, IObjectGraphType>();
        var interfaces = new Dictionary<string, InterfaceGraphType>();
        var byResponseName = new FuncFieldResolver<object?>(ReadByResponseName);

        IGraphType Ref(string name) => new GraphQLTypeReference(name);
        IGraphType NonNull(IGraphType t) => new NonNullGraphType(t);
        IGraphType ListOf(IGraphType t) => new ListGraphType(t);

        // Shared scalars and value types.
        foreach (var scalar in new[]
                 {
                     new LexicalScalarGraphType("Date", "An xsd:date lexical form, e.g. 2021-07-20."),
                     new LexicalScalarGraphType("DateTime", "An xsd:dateTime lexical form."),
                     new LexicalScalarGraphType("Decimal", "An xsd:decimal lexical form (exact)."),
                 })
        {
            schema.RegisterType(scalar);
        }

        schema.RegisterType(new DateOrDateTimeGraphType());

        var langString = new ObjectGraphType { Name = "LangString", Description = "A string with its language tag (null for plain strings)." };
        langString.AddField(new FieldType { Name = "value", ResolvedType = NonNull(new StringGraphType()), Resolver = byResponseName });
        langString.AddField(new FieldType { Name = "lang", ResolvedType = new StringGraphType(), Resolver = byResponseName });
        schema.RegisterType(langString);

        var direction = new EnumerationGraphType { Name = "SortDirection" };
        direction.Add("ASC", "ASC");
        direction.Add("DESC", "DESC");
        schema.RegisterType(direction);

        var bucket = new EnumerationGraphType { Name = "DateBucket", Description = "Groups dates by year, month or day." };
        foreach (var b in KnowledgeGraph.GraphQL.Compilation.GroupKey.Buckets)
        {
            bucket.Add(b, b);
        }

        schema.RegisterType(bucket);

        var pageInfo = new ObjectGraphType { Name = "PageInfo" };
        pageInfo.AddField(new FieldType { Name = "hasNextPage", ResolvedType = NonNull(new BooleanGraphType()), Resolver = byResponseName });
        pageInfo.AddField(new FieldType { Name = "endCursor", ResolvedType = new StringGraphType(), Resolver = byResponseName });
        schema.RegisterType(pageInfo);

        foreach (var (filterName, valueType) in new (string, Func<IGraphType>)[]
                 {
                     ("StringFilter", () => new StringGraphType()), ("IdFilter", () => new IdGraphType()), ("DateFilter", () => Ref("Date")),
                     ("DateTimeFilter", () => Ref("DateTime")), ("DateOrDateTimeFilter", () => Ref(DateOrDateTimeGraphType.TypeName)), ("DecimalFilter", () => Ref("Decimal")), ("IntFilter", () => new IntGraphType()),
                     ("BooleanFilter", () => new BooleanGraphType()),
                 })
        {
            var filter = new InputObjectGraphType { Name = filterName, Description = "Matches when some value of the field satisfies every given operator." };
            foreach (var op in new[] { "eq", "ne" })
            {
                filter.AddField(new FieldType { Name = op, ResolvedType = valueType() });
            }

            filter.AddField(new FieldType { Name = "in", ResolvedType = ListOf(NonNull(valueType())) });
            if (filterName is "StringFilter" or "IdFilter")
            {
                filter.AddField(new FieldType { Name = "contains", ResolvedType = new StringGraphType(), Description = "Case-insensitive substring." });
                filter.AddField(new FieldType { Name = "startsWith", ResolvedType = new StringGraphType(), Description = "Case-insensitive prefix." });
                filter.AddField(new FieldType { Name = "regex", ResolvedType = new StringGraphType(), Description = "SPARQL REGEX pattern." });
            }

            if (filterName is not "BooleanFilter")
            {
                foreach (var op in new[] { "gt", "gte", "lt", "lte" })
                {
                    filter.AddField(new FieldType { Name = op, ResolvedType = valueType() });
                }
            }

            filter.AddField(new FieldType { Name = "isNull", ResolvedType = new BooleanGraphType() });
            schema.RegisterType(filter);
        }

        foreach (var e in model.Enums.Values)
        {
            var enumType = new EnumerationGraphType { Name = e.Name, Description = "Closed list (sh:in in the shapes)." };
            foreach (var (name, iri) in e.ValueIris)
            {
                enumType.Add(name, name, iri);
            }

            schema.RegisterType(enumType);
            var enumFilter = new InputObjectGraphType { Name = e.Name + "Filter" };
            enumFilter.AddField(new FieldType { Name = "eq", ResolvedType = Ref(e.Name) });
            enumFilter.AddField(new FieldType { Name = "ne", ResolvedType = Ref(e.Name) });
            enumFilter.AddField(new FieldType { Name = "in", ResolvedType = ListOf(NonNull(Ref(e.Name))) });
            enumFilter.AddField(new FieldType { Name = "isNull", ResolvedType = new BooleanGraphType() });
            schema.RegisterType(enumFilter);
        }

        var aggregateRow = new ObjectGraphType { Name = "AggregateRow", Description = "One group: its key values, the node count, and min/max/avg of the chosen field." };
        aggregateRow.AddField(new FieldType { Name = "key", ResolvedType = NonNull(ListOf(new StringGraphType())), Resolver = byResponseName });
        aggregateRow.AddField(new FieldType { Name = "count", ResolvedType = NonNull(new IntGraphType()), Resolver = byResponseName });
        aggregateRow.AddField(new FieldType { Name = "min", ResolvedType = new StringGraphType(), Resolver = byResponseName });
        aggregateRow.AddField(new FieldType { Name = "max", ResolvedType = new StringGraphType(), Resolver = byResponseName });
        aggregateRow.AddField(new FieldType { Name = "avg", ResolvedType = new FloatGraphType(), Resolver = byResponseName });
        schema.RegisterType(aggregateRow);

        var searchHit = new ObjectGraphType { Name = "SearchHit" };
        searchHit.AddField(new FieldType { Name = "score", ResolvedType = NonNull(new FloatGraphType()), Resolver = byResponseName });
        searchHit.AddField(new FieldType { Name = "node", ResolvedType = NonNull(Ref(SchemaModel.EntityType)), Resolver = byResponseName });
        schema.RegisterType(searchHit);

        foreach (var type in model.Types.Values)
        {
            IComplexGraphType graphType;
            if (type.IsInterface)
            {
                var iface = new InterfaceGraphType { Name = type.Name, Description = type.Description };
                iface.ResolveType = value => value is IDictionary<string, object?> d && d.TryGetValue(TypeKey, out var n) && n is string name
                    && objectTypes.TryGetValue(name, out var t) ? t : null;
                interfaces[type.Name] = iface;
                graphType = iface;
            }
            else
            {
                var obj = new ObjectGraphType { Name = type.Name, Description = type.Description };
                objectTypes[type.Name] = obj;
                graphType = obj;
            }

            foreach (var field in type.Fields.Values)
            {
                graphType.AddField(new FieldType
                {
                    Name = field.Name,
                    Description = field.Description,
                    ResolvedType = FieldType(field),
                    Arguments = FieldArguments(field),
                    Resolver = type.IsInterface ? null : byResponseName,
                });
            }

            schema.RegisterType(graphType);
            if (type.Name == SchemaModel.ConceptType || type.IsInterface && type.Name == SchemaModel.EntityType)
            {
                // Concept and Entity get no where/sort inputs of their own beyond the shared ones below.
            }

            var where = new InputObjectGraphType { Name = type.WhereName, Description = $"Filter on {type.Name}: all given fields must match." };
            foreach (var field in type.Fields.Values.Where(f => f.Pattern is null))
            {
                var filterType = field.Kind switch
                {
                    FieldKind.Id => Ref("IdFilter"),
                    FieldKind.Enum => Ref(field.EnumName + "Filter"),
                    FieldKind.Relation => Ref(field.TargetTypeName + "RelationFilter"),
                    _ => Ref(ScalarFilter(field.Scalar)),
                };
                where.AddField(new FieldType { Name = field.Name, ResolvedType = filterType });
            }

            where.AddField(new FieldType { Name = "AND", ResolvedType = ListOf(NonNull(Ref(type.WhereName))) });
            where.AddField(new FieldType { Name = "OR", ResolvedType = ListOf(NonNull(Ref(type.WhereName))) });
            where.AddField(new FieldType { Name = "NOT", ResolvedType = Ref(type.WhereName) });
            schema.RegisterType(where);

            var relation = new InputObjectGraphType { Name = type.Name + "RelationFilter", Description = "Some, none or all related nodes match." };
            foreach (var q in new[] { "some", "none", "all" })
            {
                relation.AddField(new FieldType { Name = q, ResolvedType = Ref(type.WhereName) });
            }

            relation.AddField(new FieldType { Name = "isNull", ResolvedType = new BooleanGraphType() });
            schema.RegisterType(relation);

            var sortField = new EnumerationGraphType { Name = type.SortFieldName };
            foreach (var field in SortableFields(type))
            {
                sortField.Add(SchemaModelBuilder.UpperSnake(field.Name), field.Name);
            }

            schema.RegisterType(sortField);
            var orderBy = new InputObjectGraphType { Name = type.Name + "OrderBy" };
            orderBy.AddField(new FieldType { Name = "field", ResolvedType = NonNull(Ref(type.SortFieldName)) });
            orderBy.AddField(new FieldType { Name = "direction", ResolvedType = Ref("SortDirection"), DefaultValue = "ASC" });
            schema.RegisterType(orderBy);
            var groupKey = new InputObjectGraphType { Name = type.Name + "GroupKey", Description = "A group-by key: a field, or the YEAR/MONTH/DAY of a date field." };
            var groupField = new EnumerationGraphType { Name = type.Name + "GroupField", Description = "Fields to group by: the sortable ones and the multi-valued relations (a node counts in the group of each value)." };
            foreach (var field in GroupableFields(type))
            {
                groupField.Add(SchemaModelBuilder.UpperSnake(field.Name), field.Name);
            }

            schema.RegisterType(groupField);
            groupKey.AddField(new FieldType { Name = "field", ResolvedType = NonNull(Ref(type.Name + "GroupField")) });
            groupKey.AddField(new FieldType { Name = "bucket", ResolvedType = Ref("DateBucket") });
            schema.RegisterType(groupKey);

            if (!type.IsInterface || type.Name != SchemaModel.EntityType)
            {
                var edge = new ObjectGraphType { Name = type.Name + "Edge" };
                edge.AddField(new FieldType { Name = "cursor", ResolvedType = NonNull(new StringGraphType()), Resolver = byResponseName });
                edge.AddField(new FieldType { Name = "node", ResolvedType = NonNull(Ref(type.Name)), Resolver = byResponseName });
                schema.RegisterType(edge);
                var connection = new ObjectGraphType { Name = type.Name + "Connection" };
                connection.AddField(new FieldType { Name = "edges", ResolvedType = NonNull(ListOf(NonNull(Ref(type.Name + "Edge")))), Resolver = byResponseName });
                connection.AddField(new FieldType { Name = "pageInfo", ResolvedType = NonNull(Ref("PageInfo")), Resolver = byResponseName });
                connection.AddField(new FieldType { Name = "totalCount", ResolvedType = NonNull(new IntGraphType()), Resolver = byResponseName });
                schema.RegisterType(connection);
            }
        }

        foreach (var type in model.Types.Values)
        {
            var graphType = type.IsInterface ? (IComplexGraphType)interfaces[type.Name] : objectTypes[type.Name];
            foreach (var name in type.Interfaces)
            {
                var iface = interfaces[name];
                if (graphType is ObjectGraphType obj)
                {
                    obj.AddResolvedInterface(iface);
                    iface.AddPossibleType(obj);
                }
                else if (graphType is InterfaceGraphType sub)
                {
                    sub.AddResolvedInterface(iface);
                }
            }
        }

        var query = new ObjectGraphType { Name = "Query" };
        foreach (var type in model.Types.Values.Where(t => t.ClassIri is not null && !t.Name.StartsWith("Other", StringComparison.Ordinal)))
        {
            query.AddField(new FieldType
            {
                Name = type.CollectionField,
                Description = $"{type.Name} nodes, filtered, ordered (IRI last) and paged by keyset cursor.",
                ResolvedType = NonNull(Ref(type.Name + "Connection")),
                Arguments = new QueryArguments(
                    new QueryArgument(Ref(type.WhereName)) { Name = "where" },
                    new QueryArgument(ListOf(NonNull(Ref(type.Name + "OrderBy")))) { Name = "orderBy" },
                    new QueryArgument(new IntGraphType()) { Name = "first", DefaultValue = 20, Description = $"Page size, at most {MaxFirst}." },
                    new QueryArgument(new StringGraphType()) { Name = "after" },
                    AsOfArgument()),
                Resolver = rootResolver,
            });
            query.AddField(new FieldType
            {
                Name = type.LookupField,
                Description = $"One {type.Name} by IRI.",
                ResolvedType = Ref(type.Name),
                Arguments = new QueryArguments(new QueryArgument(NonNull(new IdGraphType())) { Name = "id" }),
                Resolver = rootResolver,
            });
            query.AddField(new FieldType
            {
                Name = type.LookupField + "Aggregate",
                Description = $"Counts (and min/max/avg of `field`) of {type.Name} nodes, grouped by the `groupBy` fields.",
                ResolvedType = NonNull(ListOf(NonNull(Ref("AggregateRow")))),
                Arguments = new QueryArguments(
                    new QueryArgument(Ref(type.WhereName)) { Name = "where" },
                    new QueryArgument(ListOf(NonNull(Ref(type.SortFieldName)))) { Name = "groupBy" },
                    new QueryArgument(ListOf(NonNull(Ref(type.Name + "GroupKey")))) { Name = "group", Description = "Further keys after groupBy, each a field with an optional date bucket (events per type per month: [{field: EVENT_TYPE}, {field: START_DATE, bucket: MONTH}])." },
                    new QueryArgument(Ref(type.SortFieldName)) { Name = "field" }),
                Resolver = rootResolver,
            });
        }

        query.AddField(new FieldType
        {
            Name = "node",
            ResolvedType = Ref(SchemaModel.EntityType),
            Arguments = new QueryArguments(new QueryArgument(NonNull(new IdGraphType())) { Name = "id" }),
            Resolver = rootResolver,
        });
        query.AddField(new FieldType
        {
            Name = "search",
            Description = "Nodes whose label or alternate name contains the text (case-insensitive), best matches first.",
            ResolvedType = NonNull(ListOf(NonNull(Ref("SearchHit")))),
            Arguments = new QueryArguments(
                new QueryArgument(NonNull(new StringGraphType())) { Name = "text" },
                new QueryArgument(ListOf(NonNull(new StringGraphType()))) { Name = "types", Description = "GraphQL type names to keep." },
                new QueryArgument(new IntGraphType()) { Name = "first", DefaultValue = 20 }),
            Resolver = rootResolver,
        });
        schema.Query = query;
        if (mutationResolver is not null)
        {
            MutationSchemaBuilder.Add(schema, model, mutationResolver);
        }

        return schema;

        IGraphType FieldType(KgField field)
        {
            IGraphType inner = field.Kind switch
            {
                FieldKind.Id => NonNull(new IdGraphType()),
                FieldKind.Enum => Ref(field.EnumName!),
                FieldKind.Relation => Ref(field.TargetTypeName!),
                _ => field.Scalar switch
                {
                    ScalarKind.LangString => Ref("LangString"),
                    ScalarKind.Date => Ref("Date"),
                    ScalarKind.DateTime => Ref("DateTime"),
                    ScalarKind.DateOrDateTime => Ref(DateOrDateTimeGraphType.TypeName),
                    ScalarKind.Decimal => Ref("Decimal"),
                    ScalarKind.Integer => new IntGraphType(),
                    ScalarKind.Boolean => new BooleanGraphType(),
                    _ => new StringGraphType(),
                },
            };
            return field.IsList ? NonNull(ListOf(NonNull(inner))) : inner;
        }

        QueryArguments? FieldArguments(KgField field)
        {
            if (field.Kind == FieldKind.Scalar && field.Scalar == ScalarKind.LangString)
            {
                return new QueryArguments(new QueryArgument(ListOf(NonNull(new StringGraphType()))) { Name = "lang", Description = "Language preference list, e.g. [\"en\", \"ps\", \"*\"]." });
            }

            if (field.Kind == FieldKind.Relation && field.IsList)
            {
                var arguments = new QueryArguments(
                    new QueryArgument(Ref(field.TargetTypeName + "Where")) { Name = "where" },
                    new QueryArgument(new IntGraphType()) { Name = "first", DefaultValue = 20, Description = $"Per parent, at most {MaxFirst}." });
                if (model.Types.TryGetValue(field.TargetTypeName!, out var target) && target.Fields.ContainsKey(AsOfSourceField))
                {
                    arguments.Add(AsOfArgument());
                }

                return arguments;
            }

            return null;
        }
    }

    /// <summary>The field through which <c>asOf</c> reaches a publication date: a claim's sources.</summary>
    public const string AsOfSourceField = "source";

    /// <summary>The date field of a source document that <c>asOf</c> compares.</summary>
    public const string AsOfDateField = "datePublished";

    private static QueryArgument AsOfArgument() =>
        new(new GraphQLTypeReference("Date")) { Name = "asOf", Description = "Only what was published up to this date: claims with a source published on or before it (ignored for types without sources)." };

    public static IEnumerable<KgField> SortableFields(KgType type) =>
        type.Fields.Values.Where(f => f.Kind is FieldKind.Id or FieldKind.Scalar or FieldKind.Enum || f.Kind == FieldKind.Relation && !f.IsList && !f.Inverse && f.Pattern is null);

    public static IEnumerable<KgField> GroupableFields(KgType type) =>
        SortableFields(type).Concat(type.Fields.Values.Where(f => f.Kind == FieldKind.Relation && f.IsList && !f.Inverse && f.Pattern is null));

    public static string ScalarFilter(ScalarKind kind) => kind switch
    {
        ScalarKind.Date => "DateFilter",
        ScalarKind.DateTime => "DateTimeFilter",
        ScalarKind.DateOrDateTime => "DateOrDateTimeFilter",
        ScalarKind.Decimal => "DecimalFilter",
        ScalarKind.Integer => "IntFilter",
        ScalarKind.Boolean => "BooleanFilter",
        _ => "StringFilter",
    };

    private static object? ReadByResponseName(global::GraphQL.IResolveFieldContext context)
    {
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        return context.Source is IDictionary<string, object?> d && d.TryGetValue(key, out var value) ? value : null;
    }
}
