using System.Globalization;
using GraphQL;
using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;
using SortKey = KnowledgeGraph.GraphQL.Compilation.SortKey;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Answers one root field: runs its compiled root query, then one batched query per nesting level for values and
/// one per relation field (VALUES ?parent, trimmed per parent in memory), and shapes the rows into dictionaries keyed
/// by response name, which the schema's field resolvers merely read.
/// </summary>
internal sealed class RootFieldExecutor
{
    // Parents per VALUES block: large enough that a level is one query for any page the limits allow (100 x 100).
    private const int ValuesBatch = 10_000;
    private readonly GraphQLToSparqlCompiler _compiler;
    private readonly ISparqlRunner _runner;
    private readonly QueryLog _log;
    private readonly int _maxFirst;
    private readonly CancellationToken _cancellation;

    public RootFieldExecutor(GraphQLToSparqlCompiler compiler, ISparqlRunner runner, QueryLog log, int maxFirst, CancellationToken cancellation)
    {
        _compiler = compiler;
        _runner = runner;
        _log = log;
        _maxFirst = maxFirst;
        _cancellation = cancellation;
    }

    private SchemaModel Model => _compiler.Model;

    public object? Execute(SelectionNode root)
    {
        if (root.FieldName == "search")
        {
            return Search(root);
        }

        if (root.FieldName == "node")
        {
            return Lookup(Model.Types[SchemaModel.EntityType], root);
        }

        foreach (var type in Model.Types.Values.Where(t => t.ClassIri is not null))
        {
            if (root.FieldName == type.CollectionField)
            {
                return Connection(type, root);
            }

            if (root.FieldName == type.LookupField)
            {
                return Lookup(type, root);
            }

            if (root.FieldName == type.LookupField + "Aggregate")
            {
                return Aggregate(type, root);
            }
        }

        throw new ExecutionError($"Unknown root field '{root.FieldName}'.");
    }

    private List<SolutionRow> Run(string sparql)
    {
        _log.Add(sparql);
        return _runner.Select(sparql, _cancellation).ToList();
    }

    private int First(SelectionNode node)
    {
        var first = node.Argument("first") is long l ? l : 20;
        if (first < 0 || first > _maxFirst)
        {
            throw new ExecutionError($"'first' on {node.FieldName} must be between 0 and {_maxFirst}, got {first}.");
        }

        return (int)first;
    }

    private object? Connection(KgType type, SelectionNode root)
    {
        var first = First(root);
        var orderBy = (root.Argument("orderBy") as IEnumerable<object?> ?? [])
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Select(o => new SortKey(FieldNameOfSortValue(type, o["field"]), o.TryGetValue("direction", out var d) && d as string == "DESC"))
            .ToList();
        var after = root.Argument("after") is string a ? Cursor.Decode(a) : null;
        var keys = orderBy.Where(k => k.Field != "id").ToList();
        var edgesSelection = root.Children.Where(c => c.FieldName == "edges").ToList();
        var nodeSelections = edgesSelection.SelectMany(e => e.Children).Where(c => c.FieldName == "node").SelectMany(n => n.Children).ToList();
        var (predicates, _) = Plan(type, nodeSelections);
        var withTotalCount = root.Children.Any(c => c.FieldName == "totalCount");
        var rows = Run(_compiler.CompileConnection(type, Where(root, type), orderBy, first, after, withTotalCount, predicates));
        var total = rows.Count > 0 && rows[0]["total"] is Literal t ? long.Parse(t.LexicalForm, CultureInfo.InvariantCulture) : 0;

        // One row per value of each page node, in page order: the first row of a node carries its sort keys.
        var nodes = new List<RawNode>();
        var cursors = new List<string>();
        foreach (var row in rows)
        {
            if (row["n"] is not Iri n)
            {
                continue;
            }

            if (nodes.Count == 0 || nodes[^1].Iri != n.Value)
            {
                nodes.Add(new RawNode(n.Value));
                cursors.Add(new Cursor(Enumerable.Range(0, keys.Count).Select(k => row["k" + k.ToString(CultureInfo.InvariantCulture)] as Literal).ToList(), n.Value).Encode());
            }

            if (PredicateOf(row["p"]) is { } p && row["o"] is { } o)
            {
                AddValue(nodes[^1], p, o);
            }
        }

        var hasNext = nodes.Count > first;
        if (hasNext)
        {
            nodes.RemoveRange(first, nodes.Count - first);
            cursors.RemoveRange(first, cursors.Count - first);
        }

        Fetch(nodes, type, nodeSelections, valuesLoaded: true);

        var result = new Dictionary<string, object?>();
        foreach (var child in root.Children)
        {
            result[child.ResponseKey] = child.FieldName switch
            {
                "totalCount" => (object?)(int)total,
                "pageInfo" => Build(child.Children, c => c.FieldName == "hasNextPage" ? hasNext : (object?)(cursors.Count > 0 ? cursors[^1] : null)),
                "edges" => nodes.Select((n, i) => (object?)Build(child.Children, c => c.FieldName == "cursor" ? cursors[i] : (object?)Shape(n, type, c.Children))).ToList(),
                _ => null,
            };
        }

        return result;
    }

    private string FieldNameOfSortValue(KgType type, object? value)
    {
        var name = value as string ?? throw new ExecutionError("orderBy needs a field.");
        return KgSchemaFactory.SortableFields(type).FirstOrDefault(f => SchemaModelBuilder.UpperSnake(f.Name) == name || f.Name == name)?.Name
            ?? throw new ExecutionError($"{type.Name} cannot be ordered by '{name}'.");
    }

    /// <summary>The where input, with <c>asOf</c> folded in as "some source published on or before that date".</summary>
    private IReadOnlyDictionary<string, object?>? Where(SelectionNode node, KgType? target = null)
    {
        var where = node.Argument("where") as IReadOnlyDictionary<string, object?>;
        if (node.Argument("asOf") is not string asOf || target is null || !target.Fields.TryGetValue(KgSchemaFactory.AsOfSourceField, out var source)
            || !Model.Types.TryGetValue(source.TargetTypeName ?? string.Empty, out var document) || !document.Fields.ContainsKey(KgSchemaFactory.AsOfDateField))
        {
            return where;
        }

        var published = new Dictionary<string, object?>
        {
            [KgSchemaFactory.AsOfSourceField] = new Dictionary<string, object?>
            {
                ["some"] = new Dictionary<string, object?> { [KgSchemaFactory.AsOfDateField] = new Dictionary<string, object?> { ["lte"] = asOf } },
            },
        };
        return where is null ? published : new Dictionary<string, object?> { ["AND"] = new List<object?> { where, published } };
    }

    private object? Lookup(KgType type, SelectionNode root)
    {
        var id = root.Argument("id") as string ?? throw new ExecutionError($"{root.FieldName} needs an id.");
        var (predicates, _) = Plan(type, root.Children);
        var rows = Run(_compiler.CompileLookup(type, id, predicates));
        if (rows.Count == 0)
        {
            return null;
        }

        // The existence test and the node's values come in one query; the relations follow level by level.
        var node = new RawNode(id);
        foreach (var row in rows)
        {
            if (PredicateOf(row["p"]) is { } p && row["o"] is { } o)
            {
                AddValue(node, p, o);
            }
        }

        Fetch([node], type, root.Children, valuesLoaded: true);
        return Shape(node, type, root.Children);
    }

    /// <summary>One entity by IRI shaped for a selection (a mutation's answer), whatever its type test.</summary>
    public object? Entity(KgType type, string iri, IReadOnlyList<SelectionNode> selections)
    {
        var node = new RawNode(iri);
        Fetch([node], type, selections);
        return Shape(node, type, selections);
    }

    private object? Aggregate(KgType type, SelectionNode root)
    {
        var groupBy = (root.Argument("groupBy") as IEnumerable<object?> ?? []).Select(v => new GroupKey(FieldNameOfSortValue(type, v), null)).ToList();
        foreach (var key in root.Argument("group") as IEnumerable<object?> ?? [])
        {
            var input = key as IReadOnlyDictionary<string, object?> ?? (key as IDictionary<string, object?>)?.AsReadOnly()
                ?? throw new ExecutionError("Each 'group' entry is an object {field, bucket}.");
            var name = input.GetValueOrDefault("field") as string ?? throw new ExecutionError("A 'group' entry needs a field.");
            var field = KgSchemaFactory.GroupableFields(type).FirstOrDefault(f => SchemaModelBuilder.UpperSnake(f.Name) == name || f.Name == name)
                ?? throw new ExecutionError($"{type.Name} cannot be grouped by '{name}'.");
            groupBy.Add(new GroupKey(field.Name, input.GetValueOrDefault("bucket") as string));
        }

        var measure = root.Argument("field") is { } m ? FieldNameOfSortValue(type, m) : null;
        var rows = Run(_compiler.CompileAggregate(type, Where(root, type), groupBy, measure));
        return rows.Select(r => (object?)Build(root.Children, c => c.FieldName switch
            {
                "key" => (object?)Enumerable.Range(0, groupBy.Count).Select(i => (object?)KeyText(r["g" + i.ToString(CultureInfo.InvariantCulture)])).ToList(),
                "count" => r["count"] is Literal l ? int.Parse(l.LexicalForm, CultureInfo.InvariantCulture) : 0,
                "avg" => r["avg"] is Literal a && double.TryParse(a.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
                var name => (object?)KeyText(r[name]),
            })).ToList();
    }

    /// <summary>A response object: one entry per selection, later selections with the same response key merged over earlier ones.</summary>
    private static Dictionary<string, object?> Build(IEnumerable<SelectionNode> selections, Func<SelectionNode, object?> value)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var selection in selections)
        {
            result[selection.ResponseKey] = value(selection);
        }

        return result;
    }

    private static string? KeyText(Term? term) => term switch
    {
        Iri i => i.Value,
        Literal l => l.LexicalForm,
        _ => null,
    };

    private object? Search(SelectionNode root)
    {
        var text = root.Argument("text") as string ?? throw new ExecutionError("search needs a text.");
        var types = (root.Argument("types") as IEnumerable<object?>)?.OfType<string>().ToList();
        var rows = Run(_compiler.CompileSearch(text, types, First(root)));
        var entity = Model.Types[SchemaModel.EntityType];
        var hits = rows.Where(r => r["n"] is Iri).Select(r => (Node: new RawNode(((Iri)r["n"]!).Value), Score: r["best"] as Literal)).ToList();
        var nodeSelection = root.Children.Where(c => c.FieldName == "node").SelectMany(c => c.Children).ToList();
        Fetch(hits.Select(h => h.Node).ToList(), entity, nodeSelection);
        return hits.Select(h => (object?)Build(root.Children, c => c.FieldName == "score"
                ? (object?)double.Parse(h.Score?.LexicalForm ?? "0", CultureInfo.InvariantCulture)
                : Shape(h.Node, entity, c.Children))).ToList();
    }

    /// <summary>The predicates whose values a selection on a type reads (always rdf:type), and its relation fields.</summary>
    private (HashSet<string> Predicates, List<(SelectionNode Selection, KgField Field)> Relations) Plan(KgType declared, IReadOnlyList<SelectionNode> selections)
    {
        var predicates = new HashSet<string>(StringComparer.Ordinal) { Vocab.Type };
        var relations = new List<(SelectionNode Selection, KgField Field)>();
        foreach (var selection in selections)
        {
            var field = FieldFor(declared, selection);
            if (field is null)
            {
                continue;
            }

            if (field.Kind is FieldKind.Scalar or FieldKind.Enum)
            {
                predicates.Add(field.PropertyIri!);
            }
            else if (field.Kind == FieldKind.Relation)
            {
                relations.Add((selection, field));
            }
        }

        return (predicates, relations);
    }

    /// <summary>
    /// The predicate of a value row. Virtuoso (7.2) answers a predicate variable bound by <c>VALUES ?p</c> or
    /// <c>FILTER(?p IN …)</c> as a plain literal holding the IRI; a predicate is always an IRI, so that literal is read
    /// as one (SPARQL text is the seam to remote stores).
    /// </summary>
    private static Iri? PredicateOf(Term? term) => term switch
    {
        Iri iri => iri,
        Literal { IsSimple: true } literal => new Iri(literal.LexicalForm),
        _ => null,
    };

    private static void AddValue(RawNode node, Iri predicate, Term value)
    {
        if (predicate.Value == Vocab.Type && value is Iri type)
        {
            node.Types.Add(type.Value);
        }

        if (!node.Values.TryGetValue(predicate.Value, out var list))
        {
            node.Values[predicate.Value] = list = [];
        }

        list.Add(value);
    }

    /// <summary>
    /// Loads values (unless the query that found the nodes brought them) and relations for one level of nodes, then
    /// recurses per relation field. Each relation query also brings its children's values, so a nesting level is one
    /// query per relation field.
    /// </summary>
    private void Fetch(List<RawNode> nodes, KgType declared, IReadOnlyList<SelectionNode> selections, bool valuesLoaded = false)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var (predicates, relations) = Plan(declared, selections);
        var byIri = nodes.GroupBy(n => n.Iri).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!valuesLoaded)
        {
            foreach (var batch in byIri.Keys.Chunk(ValuesBatch))
            {
                foreach (var row in Run(GraphQLToSparqlCompiler.CompileValues(batch, predicates)))
                {
                    if (row["s"] is not Iri s || PredicateOf(row["p"]) is not { } p || row["o"] is not { } o)
                    {
                        continue;
                    }

                    foreach (var node in byIri[s.Value])
                    {
                        AddValue(node, p, o);
                    }
                }
            }
        }

        foreach (var (selection, field) in relations)
        {
            var first = field.IsList ? First(selection) : 1;
            var target = _compiler.TargetType(field);
            var (childPredicates, _) = Plan(target, selection.Children);
            var children = new Dictionary<string, RawNode>(StringComparer.Ordinal);
            // The parent whose rows fill a child's values: a child shared by several parents comes once per parent.
            var valuesFrom = new Dictionary<string, string>(StringComparer.Ordinal);
            var perParent = new Dictionary<string, List<RawNode>>(StringComparer.Ordinal);
            foreach (var batch in byIri.Keys.Chunk(ValuesBatch))
            {
                foreach (var row in Run(_compiler.CompileRelation(batch, field, Where(selection, target), childPredicates)))
                {
                    if (row["parent"] is not Iri parent || row["child"] is not Iri child)
                    {
                        continue;
                    }

                    if (!perParent.TryGetValue(parent.Value, out var list))
                    {
                        perParent[parent.Value] = list = [];
                    }

                    // Rows come ordered by parent then child, so a child's value rows are consecutive.
                    var kept = list.Count > 0 && list[^1].Iri == child.Value;
                    if (!kept && list.Count < first)
                    {
                        if (!children.TryGetValue(child.Value, out var created))
                        {
                            children[child.Value] = created = new RawNode(child.Value);
                            valuesFrom[child.Value] = parent.Value;
                        }

                        list.Add(created);
                        kept = true;
                    }

                    if (kept && PredicateOf(row["p"]) is { } p && row["o"] is { } o && valuesFrom[child.Value] == parent.Value)
                    {
                        AddValue(list[^1], p, o);
                    }
                }
            }

            foreach (var (iri, list) in byIri)
            {
                var related = perParent.TryGetValue(iri, out var r) ? r : [];
                foreach (var node in list)
                {
                    node.Relations[selection.ResponseKey] = related;
                }
            }

            Fetch(children.Values.ToList(), target, selection.Children, valuesLoaded: true);
        }
    }

    private KgField? FieldFor(KgType declared, SelectionNode selection)
    {
        if (selection.TypeCondition is { } condition && condition != declared.Name && Model.Types.TryGetValue(condition, out var narrowed)
            && narrowed.Fields.TryGetValue(selection.FieldName, out var f))
        {
            return f;
        }

        return declared.Fields.TryGetValue(selection.FieldName, out var field) ? field : null;
    }

    private string ConcreteType(RawNode node, KgType declared)
    {
        if (!declared.IsInterface)
        {
            return declared.Name;
        }

        var name = Model.ConcreteTypeOf(node.Types);
        var concrete = Model.Types[name];
        if (declared.Name == SchemaModel.EntityType || concrete.Interfaces.Contains(declared.Name))
        {
            return name;
        }

        return "Other" + declared.Name;
    }

    private Dictionary<string, object?> Shape(RawNode node, KgType declared, IReadOnlyList<SelectionNode> selections)
    {
        var typeName = ConcreteType(node, declared);
        var concrete = Model.Types[typeName];
        var result = new Dictionary<string, object?> { [KgSchemaFactory.TypeKey] = typeName };
        foreach (var selection in selections)
        {
            if (selection.TypeCondition is { } condition && condition != typeName && !concrete.Interfaces.Contains(condition))
            {
                continue;
            }

            var field = concrete.Fields.TryGetValue(selection.FieldName, out var f) ? f : FieldFor(declared, selection);
            if (field is null)
            {
                continue;
            }

            result[selection.ResponseKey] = field.Kind switch
            {
                FieldKind.Id => node.Iri,
                FieldKind.Enum => node.Values.TryGetValue(field.PropertyIri!, out var e)
                    ? e.OfType<Iri>().Select(i => Model.Enums[field.EnumName!].NameOf(i.Value)).FirstOrDefault(n => n is not null)
                    : null,
                FieldKind.Scalar => ScalarValue(node, field, selection),
                _ => RelationValue(node, field, selection),
            };
        }

        return result;
    }

    private object? RelationValue(RawNode node, KgField field, SelectionNode selection)
    {
        var related = node.Relations.TryGetValue(selection.ResponseKey, out var r) ? r : [];
        var target = _compiler.TargetType(field);
        var shaped = related.Select(n => (object?)Shape(n, target, selection.Children)).ToList();
        return field.IsList ? shaped : shaped.FirstOrDefault();
    }

    private static object? ScalarValue(RawNode node, KgField field, SelectionNode selection)
    {
        if (!node.Values.TryGetValue(field.PropertyIri!, out var values))
        {
            return null;
        }

        var literals = values.OfType<Literal>().ToList();
        if (field.Scalar == ScalarKind.LangString)
        {
            var preference = (selection.Argument("lang") as IEnumerable<object?>)?.OfType<string>().Select(s => s.ToLowerInvariant()).ToList()
                ?? ["en", "*"];
            Literal? chosen = null;
            foreach (var lang in preference)
            {
                chosen = literals.Where(l => lang == "*" || (l.Language ?? string.Empty) == lang || lang == "" && l.Language is null)
                    .OrderBy(l => l.LexicalForm, StringComparer.Ordinal).FirstOrDefault();
                if (chosen is not null)
                {
                    break;
                }
            }

            chosen ??= preference.Count == 0 ? literals.FirstOrDefault() : literals.FirstOrDefault(l => l.Language is null);
            return chosen is null ? null : Build(selection.Children, c => c.FieldName == "value" ? chosen.LexicalForm : (object?)chosen.Language);
        }

        var literal = literals.OrderBy(l => l.LexicalForm, StringComparer.Ordinal).FirstOrDefault();
        if (literal is null)
        {
            return null;
        }

        return field.Scalar switch
        {
            ScalarKind.Boolean => literal.LexicalForm is "true" or "1",
            ScalarKind.Integer => long.TryParse(literal.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ => literal.LexicalForm,
        };
    }
}
