using System.Globalization;
using System.Text;
using GraphQL;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// Compiles GraphQL root fields and nested selections to plain SPARQL 1.1 text. The root of a collection is ONE
/// query (filter, multi-key order with the IRI last, keyset cursor, page size + 1, total count); nested selections are
/// batched per nesting level with <c>VALUES ?parent</c>, so the number of queries depends on the document, never on
/// the number of rows. User values only enter through <see cref="SparqlTerms"/>.
/// </summary>
public sealed partial class GraphQLToSparqlCompiler
{
    private const string RdfType = Vocab.Type;
    private readonly SchemaModel _model;

    public GraphQLToSparqlCompiler(SchemaModel model) => _model = model;

    public SchemaModel Model => _model;

    /// <summary>
    /// The collection query: the page (filter, multi-key order with the IRI last, keyset cursor, page size + 1) with
    /// the values of <paramref name="predicates"/> for its nodes, and, when <paramref name="withTotalCount"/>, the total
    /// (a second pass over the match, so only when totalCount is selected). Columns: ?total, ?n, ?k0..?kN (the sort key
    /// values the cursor encodes), ?p, ?o (one row per value; unbound ?p: the node has none).
    /// </summary>
    public string CompileConnection(KgType type, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<SortKey> orderBy, int first, Cursor? after,
        bool withTotalCount, IEnumerable<string> predicates)
    {
        var names = new VariableNames();
        var match = Match(type, "?n", where, names);
        var keys = orderBy.Where(k => k.Field != "id").ToList();
        var keyVariables = string.Concat(Enumerable.Range(0, keys.Count).Select(i => " ?k" + i.ToString(CultureInfo.InvariantCulture)));
        var order = new StringBuilder("ORDER BY");
        for (var i = 0; i < keys.Count; i++)
        {
            var k = "?k" + i.ToString(CultureInfo.InvariantCulture);
            order.Append(' ').Append(keys[i].Descending ? "DESC(" + k + ")" : k);
        }

        order.Append(" STR(?n)");
        var sb = new StringBuilder(withTotalCount ? "SELECT ?total ?n" : "SELECT ?n").Append(keyVariables).Append(" ?p ?o WHERE {\n");
        if (withTotalCount)
        {
            // The page hangs off the count in an OPTIONAL, so an empty page still yields the count row.
            sb.Append("  { SELECT (COUNT(DISTINCT ?n) AS ?total) WHERE {\n").Append(match).Append("  } }\n");
            sb.Append("  OPTIONAL {\n");
        }

        // The page is a sub-select with its own ORDER BY and LIMIT, so the values join only its nodes.
        var indent = withTotalCount ? "    " : "  ";
        sb.Append(indent).Append("{ SELECT ?n").Append(keyVariables).Append(" WHERE {\n");
        sb.Append(indent).Append("  { SELECT ?n");
        var inner = new StringBuilder();
        for (var i = 0; i < keys.Count; i++)
        {
            var field = FieldOf(type, keys[i].Field);
            var v = "?sv" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(" (MIN(").Append(SortValue(field, v)).Append(") AS ?k").Append(i.ToString(CultureInfo.InvariantCulture)).Append(')');
            inner.Append("      OPTIONAL { ").Append(SortPattern(field, "?n", v)).Append(" }\n");
        }

        sb.Append(" WHERE {\n").Append(match).Append(inner).Append(indent).Append("  } GROUP BY ?n }\n");
        if (after is not null)
        {
            sb.Append(indent).Append("  FILTER(").Append(CursorCondition(keys, after)).Append(")\n");
        }

        sb.Append(indent).Append("} ").Append(order).Append(" LIMIT ").Append((first + 1).ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        sb.Append(indent).Append("OPTIONAL { ").Append(SparqlTerms.Values("?p", predicates)).Append(" ?n ?p ?o . }\n");
        if (withTotalCount)
        {
            sb.Append("  }\n");
        }

        return sb.Append("}\n").Append(order).Append('\n').ToString();
    }

    /// <summary>
    /// One node by IRI, if it is an instance of the type (or of any type for Entity), with the values of the given
    /// predicates in the same query. Columns: ?n, ?p, ?o (unbound ?p: the node has none of them); no row: no such node.
    /// </summary>
    public string CompileLookup(KgType type, string iri, IEnumerable<string> predicates)
    {
        var node = SparqlTerms.Iri(iri);
        var test = type.ClassIri is null ? "?n ?anyP ?anyO ." : $"{SparqlTerms.Values("?t", type.MatchClassIris)}\n    ?n a ?t .";
        return $"SELECT ?n ?p ?o WHERE {{\n  {{ SELECT ?n WHERE {{\n    VALUES ?n {{ {node} }}\n    {test}\n  }} LIMIT 1 }}\n" +
            $"  OPTIONAL {{ {SparqlTerms.Values("?p", predicates)} ?n ?p ?o . }}\n}}\n";
    }

    /// <summary>All values of the given predicates for a batch of nodes (one query per nesting level).</summary>
    public static string CompileValues(IEnumerable<string> nodes, IEnumerable<string> predicates) =>
        $"SELECT ?s ?p ?o WHERE {{\n  {SparqlTerms.Values("?s", nodes)}\n  {SparqlTerms.Values("?p", predicates)}\n  ?s ?p ?o .\n}}\n";

    /// <summary>
    /// The related nodes of a batch of parents through one field, ordered by parent then child IRI, each with the
    /// values of <paramref name="childPredicates"/> (so a nesting level is one query, not a relation query and a
    /// values query). Columns: ?parent, ?child, ?p, ?o (one row per value; unbound ?p: the child has none).
    /// </summary>
    public string CompileRelation(IEnumerable<string> parents, KgField field, IReadOnlyDictionary<string, object?>? where, IEnumerable<string> childPredicates)
    {
        var names = new VariableNames();
        var triple = field.Pattern ?? (field.Inverse
            ? $"?child {SparqlTerms.Iri(field.PropertyIri!)} ?parent ."
            : $"?parent {SparqlTerms.Iri(field.PropertyIri!)} ?child .");
        var sb = new StringBuilder("SELECT ?parent ?child ?p ?o WHERE {\n  { SELECT DISTINCT ?parent ?child WHERE {\n    ")
            .Append(SparqlTerms.Values("?parent", parents)).Append("\n    ").Append(triple).Append('\n');
        if (where is { Count: > 0 })
        {
            sb.Append("    FILTER(").Append(Condition(TargetType(field), "?child", where, names)).Append(")\n");
        }

        return sb.Append("  } }\n  OPTIONAL { ").Append(SparqlTerms.Values("?p", childPredicates)).Append(" ?child ?p ?o . }\n")
            .Append("}\nORDER BY STR(?parent) STR(?child)\n").ToString();
    }

    /// <summary>Group-by counts with min/max/avg of one field. Columns: ?g0..?gN, ?count, ?min, ?max, ?avg.</summary>
    public string CompileAggregate(KgType type, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<string> groupBy, string? measure) =>
        CompileAggregate(type, where, groupBy.Select(f => new GroupKey(f, null)).ToList(), measure);

    /// <summary>
    /// Group-by on fields or on expressions over them: a date bucket groups a date (or date-time) field by the first
    /// 4 (YEAR), 7 (MONTH) or 10 (DAY) characters of its lexical form, so "events per type per month" is
    /// <c>[{field: EVENT_TYPE}, {field: START_DATE, bucket: MONTH}]</c>.
    /// </summary>
    public string CompileAggregate(KgType type, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<GroupKey> groupBy, string? measure)
    {
        var names = new VariableNames();
        var sb = new StringBuilder("SELECT");
        for (var i = 0; i < groupBy.Count; i++)
        {
            sb.Append(" ?g").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(" (COUNT(DISTINCT ?n) AS ?count)");
        if (measure is not null)
        {
            sb.Append(" (MIN(?a) AS ?min) (MAX(?a) AS ?max) (AVG(?a) AS ?avg)");
        }

        sb.Append(" WHERE {\n  { SELECT DISTINCT ?n WHERE {\n").Append(Match(type, "?n", where, names)).Append("  } }\n");
        for (var i = 0; i < groupBy.Count; i++)
        {
            var field = FieldOf(type, groupBy[i].Field);
            var g = "?g" + i.ToString(CultureInfo.InvariantCulture);
            if (groupBy[i].Bucket is { } bucket)
            {
                if (field.Kind != FieldKind.Scalar || field.Scalar is not (ScalarKind.Date or ScalarKind.DateTime or ScalarKind.DateOrDateTime))
                {
                    throw new ExecutionError($"A date bucket needs a date field; {type.Name}.{field.Name} is not one.");
                }

                var raw = "?b" + i.ToString(CultureInfo.InvariantCulture);
                sb.Append("  OPTIONAL { ").Append(ValuePattern(field, "?n", raw)).Append(" BIND(SUBSTR(STR(").Append(raw).Append("), 1, ")
                    .Append(GroupKey.Length(bucket).ToString(CultureInfo.InvariantCulture)).Append(") AS ").Append(g).Append(") }\n");
                continue;
            }

            sb.Append("  OPTIONAL { ").Append(field.Kind == FieldKind.Id ? $"BIND(?n AS {g})" : ValuePattern(field, "?n", g)).Append(" }\n");
        }

        if (measure is not null)
        {
            sb.Append("  OPTIONAL { ").Append(ValuePattern(FieldOf(type, measure), "?n", "?a")).Append(" }\n");
        }

        sb.Append('}');
        if (groupBy.Count > 0)
        {
            var keys = string.Join(' ', Enumerable.Range(0, groupBy.Count).Select(i => "?g" + i.ToString(CultureInfo.InvariantCulture)));
            sb.Append("\nGROUP BY ").Append(keys).Append("\nORDER BY ").Append(keys);
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>Label search: exact match scores 3, prefix 2, substring 1; best first, IRI as tie-breaker.</summary>
    public string CompileSearch(string text, IReadOnlyList<string>? typeNames, int first)
    {
        var needle = SparqlTerms.String(text.ToLowerInvariant());
        var sb = new StringBuilder("SELECT ?n (MAX(?score) AS ?best) WHERE {\n");
        sb.Append("  ").Append(SparqlTerms.Values("?lp", [Vocab.Label, Vocab.AlternateName, Vocab.PrefLabel])).Append('\n');
        sb.Append("  ?n ?lp ?l .\n  BIND(LCASE(STR(?l)) AS ?lc)\n");
        sb.Append("  FILTER(CONTAINS(?lc, ").Append(needle).Append("))\n");
        sb.Append("  BIND(IF(?lc = ").Append(needle).Append(", 3, IF(STRSTARTS(?lc, ").Append(needle).Append("), 2, 1)) AS ?score)\n");
        if (typeNames is { Count: > 0 })
        {
            var classes = typeNames.Select(n => _model.Types.TryGetValue(n, out var t) ? t : throw new ExecutionError($"search: unknown type '{n}'."))
                .SelectMany(t => t.MatchClassIris).Distinct().ToList();
            sb.Append("  ").Append(SparqlTerms.Values("?t", classes)).Append("\n  ?n a ?t .\n");
        }

        return sb.Append("}\nGROUP BY ?n\nORDER BY DESC(?best) STR(?n)\nLIMIT ").Append(first.ToString(CultureInfo.InvariantCulture)).Append('\n').ToString();
    }

    /// <summary>A boolean SPARQL expression for a where input on the node variable (EXISTS per field: some value matches).</summary>
    public string Condition(KgType type, string node, IReadOnlyDictionary<string, object?> where, VariableNames names)
    {
        var parts = new List<string>();
        foreach (var (key, raw) in where)
        {
            if (raw is null)
            {
                continue;
            }

            switch (key)
            {
                case "AND":
                    parts.Add("(" + Join(Inputs(raw).Select(w => Condition(type, node, w, names)), " && ", "true") + ")");
                    break;
                case "OR":
                    parts.Add("(" + Join(Inputs(raw).Select(w => Condition(type, node, w, names)), " || ", "false") + ")");
                    break;
                case "NOT":
                    parts.Add("!(" + Condition(type, node, Input(raw), names) + ")");
                    break;
                default:
                    parts.Add(FieldCondition(type, FieldOf(type, key), node, Input(raw), names));
                    break;
            }
        }

        return Join(parts, " && ", "true");
    }

    private string FieldCondition(KgType type, KgField field, string node, IReadOnlyDictionary<string, object?> ops, VariableNames names)
    {
        var parts = new List<string>();
        switch (field.Kind)
        {
            case FieldKind.Id:
                foreach (var (op, value) in ops)
                {
                    parts.Add(ValueTest(op, node, value, ScalarKind.Id, field));
                }

                break;
            case FieldKind.Relation:
            {
                var target = TargetType(field);
                foreach (var (op, value) in ops)
                {
                    var m = names.Next("m");
                    var triple = field.Inverse ? $"{m} {SparqlTerms.Iri(field.PropertyIri!)} {node} ." : $"{node} {SparqlTerms.Iri(field.PropertyIri!)} {m} .";
                    parts.Add(op switch
                    {
                        "some" => $"EXISTS {{ {triple} FILTER({Condition(target, m, Input(value), names)}) }}",
                        "none" => $"NOT EXISTS {{ {triple} FILTER({Condition(target, m, Input(value), names)}) }}",
                        "all" => $"NOT EXISTS {{ {triple} FILTER(!({Condition(target, m, Input(value), names)})) }}",
                        "isNull" => value is true ? $"NOT EXISTS {{ {triple} }}" : $"EXISTS {{ {triple} }}",
                        _ => throw new ExecutionError($"Unknown relation operator '{op}' on {type.Name}.{field.Name}."),
                    });
                }

                break;
            }

            default:
                foreach (var (op, value) in ops)
                {
                    if (value is null)
                    {
                        continue;
                    }

                    var v = names.Next("v");
                    var triple = $"{node} {SparqlTerms.Iri(field.PropertyIri!)} {v} .";
                    parts.Add(op switch
                    {
                        "isNull" => value is true ? $"NOT EXISTS {{ {triple} }}" : $"EXISTS {{ {triple} }}",
                        "ne" => $"NOT EXISTS {{ {triple} FILTER({ValueTest("eq", v, value, field.Scalar, field)}) }}",
                        _ => $"EXISTS {{ {triple} FILTER({ValueTest(op, v, value, field.Scalar, field)}) }}",
                    });
                }

                break;
        }

        return Join(parts, " && ", "true");
    }

    private string ValueTest(string op, string v, object? value, ScalarKind scalar, KgField field)
    {
        if (scalar == ScalarKind.DateOrDateTime && field.Kind == FieldKind.Scalar && op is not "isNull")
        {
            return DateOrDateTimeTest(op, v, value);
        }

        var isText = scalar is ScalarKind.String or ScalarKind.LangString || field.Kind == FieldKind.Id;
        var subject = scalar is ScalarKind.String or ScalarKind.LangString ? $"STR({v})" : v;
        string Lit(object? x) => Literal(x, scalar, field);
        return op switch
        {
            "eq" => $"{subject} = {Lit(value)}",
            "ne" => $"{subject} != {Lit(value)}",
            "in" => $"{subject} IN ({string.Join(", ", Inputs(value, allowScalars: true).Select(Lit))})",
            "gt" => $"{subject} > {Lit(value)}",
            "gte" => $"{subject} >= {Lit(value)}",
            "lt" => $"{subject} < {Lit(value)}",
            "lte" => $"{subject} <= {Lit(value)}",
            "contains" when isText => $"CONTAINS(LCASE(STR({v})), {SparqlTerms.String(Text(value).ToLowerInvariant())})",
            "startsWith" when isText => $"STRSTARTS(LCASE(STR({v})), {SparqlTerms.String(Text(value).ToLowerInvariant())})",
            "regex" when isText => $"REGEX(STR({v}), {SparqlTerms.String(Text(value))})",
            "isNull" => value is true ? "false" : "true",
            _ => throw new ExecutionError($"Operator '{op}' does not apply to field '{field.Name}'."),
        };
    }

    /// <summary>
    /// Dates and date-times compare lexically (right for ISO 8601 without mixed time zones): a date operand against
    /// the day of the value (its first 10 characters), a date-time operand against the whole lexical form, so
    /// <c>eq: "2021-07-20"</c> matches <c>2021-07-20</c> and <c>2021-07-20T10:00:00</c>.
    /// </summary>
    private static string DateOrDateTimeTest(string op, string v, object? value)
    {
        string One(string o, object? x)
        {
            var text = Text(x);
            if (!DateOrDateTimeGraphType.IsValid(text))
            {
                throw new ExecutionError($"'{text}' is not a date or a date-time.");
            }

            var subject = DateOrDateTimeGraphType.IsDateTime(text) ? $"STR({v})" : $"SUBSTR(STR({v}), 1, 10)";
            var sparqlOp = o switch
            {
                "eq" => "=", "ne" => "!=", "gt" => ">", "gte" => ">=", "lt" => "<", "lte" => "<=",
                _ => throw new ExecutionError($"Operator '{o}' does not apply to a DateOrDateTime field."),
            };
            return $"{subject} {sparqlOp} {SparqlTerms.String(text)}";
        }

        return op == "in"
            ? "(" + Join(Inputs(value, allowScalars: true).Select(x => One("eq", x)), " || ", "false") + ")"
            : One(op, value);
    }

    private string Literal(object? value, ScalarKind scalar, KgField field)
    {
        if (field.Kind == FieldKind.Id)
        {
            return SparqlTerms.Iri(Text(value));
        }

        if (field.Kind == FieldKind.Enum)
        {
            var e = _model.Enums[field.EnumName!];
            return e.ValueIris.TryGetValue(Text(value), out var iri) ? SparqlTerms.Iri(iri)
                : throw new ExecutionError($"'{value}' is not a value of {e.Name}.");
        }

        return scalar switch
        {
            ScalarKind.Date => SparqlTerms.Typed(Text(value), "date"),
            ScalarKind.DateTime => SparqlTerms.Typed(Text(value), "dateTime"),
            ScalarKind.Decimal => SparqlTerms.Typed(Text(value), "decimal"),
            ScalarKind.Integer => SparqlTerms.Typed(Text(value), "integer"),
            ScalarKind.Boolean => SparqlTerms.Typed(value is true ? "true" : "false", "boolean"),
            _ => SparqlTerms.String(Text(value)),
        };
    }

    private static string Text(object? value) => value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ExecutionError($"Expected a single value, got '{value}'."),
    };

    /// <summary>Cursor: rows strictly after the given key values in ORDER BY order (unbound sorts first ascending).</summary>
    private static string CursorCondition(IReadOnlyList<SortKey> keys, Cursor after)
    {
        if (after.Keys.Count != keys.Count)
        {
            throw new ExecutionError("The 'after' cursor was made for a different orderBy.");
        }

        var alternatives = new List<string>();
        var equalSoFar = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var k = "?k" + i.ToString(CultureInfo.InvariantCulture);
            var value = after.Keys[i];
            string greater;
            string equal;
            if (value is null)
            {
                greater = keys[i].Descending ? "false" : $"BOUND({k})";
                equal = $"!BOUND({k})";
            }
            else
            {
                var lit = SparqlTerms.Term(value);
                greater = keys[i].Descending ? $"(!BOUND({k}) || {k} < {lit})" : $"(BOUND({k}) && {k} > {lit})";
                equal = $"(BOUND({k}) && {k} = {lit})";
            }

            alternatives.Add(Join(equalSoFar.Append(greater), " && ", "true"));
            equalSoFar.Add(equal);
        }

        alternatives.Add(Join(equalSoFar.Append($"STR(?n) > {SparqlTerms.String(after.Iri)}"), " && ", "true"));
        return Join(alternatives.Select(a => "(" + a + ")"), " || ", "false");
    }

    private static string SortValue(KgField field, string v) =>
        field.Kind is FieldKind.Scalar && field.Scalar is not (ScalarKind.String or ScalarKind.LangString or ScalarKind.DateOrDateTime) ? v : $"STR({v})";

    /// <summary>Sorting by a single relation sorts by the related node's label (a related field), not by its IRI.</summary>
    private static string SortPattern(KgField field, string node, string v) => field.Kind == FieldKind.Relation
        ? $"{node} {SparqlTerms.Iri(field.PropertyIri!)} ?rel . ?rel {SparqlTerms.Iri(Vocab.Label)} {v} ."
        : ValuePattern(field, node, v);

    private static string ValuePattern(KgField field, string node, string v) =>
        field.Inverse ? $"{v} {SparqlTerms.Iri(field.PropertyIri!)} {node} ." : $"{node} {SparqlTerms.Iri(field.PropertyIri!)} {v} .";

    public KgField FieldOf(KgType type, string name) =>
        type.Fields.TryGetValue(name, out var f) ? f : throw new ExecutionError($"{type.Name} has no field '{name}'.");

    public KgType TargetType(KgField field) => _model.Types[field.TargetTypeName ?? SchemaModel.EntityType];

    private static IReadOnlyDictionary<string, object?> Input(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? (value as IDictionary<string, object?>)?.AsReadOnly()
        ?? throw new ExecutionError($"Expected an input object, got '{value}'.");

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Inputs(object? value) =>
        value is System.Collections.IEnumerable e and not string and not IDictionary<string, object?> ? e.Cast<object?>().Select(Input) : [Input(value)];

    private static IEnumerable<object?> Inputs(object? value, bool allowScalars) =>
        value is System.Collections.IEnumerable e and not string ? e.Cast<object?>() : [value];

    private static string Join(IEnumerable<string> parts, string separator, string empty)
    {
        var list = parts.ToList();
        return list.Count == 0 ? empty : string.Join(separator, list);
    }
}
